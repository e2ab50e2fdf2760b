using CommerceHub.Sandbox.Core;
using CommerceHub.Sandbox.Platforms.Tiki.Events;

namespace CommerceHub.Sandbox.Platforms.Tiki.Catalog;

/// <summary>updateSku and the batch updateSkus: price, active flag and warehouse quantities, approved at once.</summary>
internal static class TikiStockEndpoints
{
    public static void Map(RouteGroupBuilder sellerApi)
    {
        sellerApi.MapPut("/integration/v2/products/updateSku", UpdateSkuAsync);
        sellerApi.MapPut("/integration/v2.1/products/updateSkus", UpdateSkusAsync);
    }

    private static async Task<IResult> UpdateSkuAsync(HttpContext http, TikiCatalog catalog, TikiEventHub events, SandboxClock clock)
    {
        var body = await TikiJson.ReadAsync<TikiUpdateSkuRequest>(http.Request);
        if (body is null)
        {
            return TikiJson.Error(TikiErrors.Invalid("the body must be JSON"));
        }

        var book = catalog.Seller(TikiCaller.From(http).Seller)!; // TikiGate accepted a token for this seller.
        var (error, _) = Apply(book, body, catalog, events, clock);
        return error is null ? TikiJson.Ok(new { state = "approved" }) : TikiJson.Error(error);
    }

    private static async Task<IResult> UpdateSkusAsync(HttpContext http, TikiCatalog catalog, TikiEventHub events, SandboxClock clock)
    {
        var body = await TikiJson.ReadAsync<TikiUpdateSkusRequest>(http.Request);
        if (body?.Data is not { Count: >= 1 and <= TikiAssumptions.MaxSkusPerBatch } entries)
        {
            return TikiJson.Error(TikiErrors.Invalid($"data must hold 1 to {TikiAssumptions.MaxSkusPerBatch} entries"));
        }

        var book = catalog.Seller(TikiCaller.From(http).Seller)!; // TikiGate accepted a token for this seller.
        var results = entries.Select(entry =>
        {
            var (error, product) = Apply(book, entry, catalog, events, clock);
            return new
            {
                product_id = product?.ProductId ?? entry.ProductId,
                original_sku = product?.OriginalSku ?? entry.OriginalSku,
                state = error is null ? "approved" : "rejected",
                reason = error?.Reason,
            };
        }).ToList();
        return TikiJson.Ok(new { data = results });
    }

    /// <summary>Checks the whole entry before changing anything, so a bad field never leaves a half-applied update.</summary>
    private static (TikiError? Error, TikiProduct? Product) Apply(TikiSellerBook book, TikiUpdateSkuRequest entry, TikiCatalog catalog, TikiEventHub events, SandboxClock clock)
    {
        if (entry.ProductId is null && string.IsNullOrEmpty(entry.OriginalSku))
        {
            return (TikiErrors.Invalid("original_sku or product_id is required"), null);
        }

        if (catalog.Find(book, entry.ProductId, entry.OriginalSku) is not { } product)
        {
            return (TikiErrors.ProductNotFound with { Reason = "product not found" }, null);
        }

        if (entry.Price is { } price && (price <= 0 || decimal.Truncate(price) != price))
        {
            return (TikiErrors.Invalid("price must be a positive integer (VND)"), product);
        }

        if (entry.Active is not (null or 0 or 1) || entry.WarehouseQuantities?.Any(w => w.QtyAvailable < 0) == true)
        {
            return (TikiErrors.Invalid("active must be 0 or 1 and qty_available must not be negative"), product);
        }

        lock (product.Gate)
        {
            product.Active = entry.Active is { } active ? active == 1 : product.Active;
            if (entry.Price is { } newPrice && (long)newPrice != product.Price)
            {
                product.Price = (long)newPrice;
                events.Publish(book.SellerId, "PRODUCT_PRICE_UPDATED", "v1", new { product_id = product.ProductId, sku = product.Sku, original_sku = product.OriginalSku, price = product.Price });
            }

            if (entry.WarehouseQuantities is { Count: > 0 } quantities)
            {
                foreach (var quantity in quantities)
                {
                    product.Warehouses[quantity.WarehouseId] = quantity.QtyAvailable;
                }

                events.Publish(book.SellerId, "PRODUCT_INVENTORY_UPDATED", "v2", new
                {
                    product_id = product.ProductId,
                    sku = product.Sku,
                    original_sku = product.OriginalSku,
                    quantity_available = product.Available,
                    quantity_reserved = product.Reserved,
                    quantity_sellable = product.Available,
                });
            }

            product.UpdatedAt = clock.GetUtcNow();
        }

        return (null, product);
    }
}
