using CommerceHub.Sandbox.Core;

namespace CommerceHub.Sandbox.Platforms.TikTok.Catalog;

/// <summary>
/// Get Product, Edit Product (PUT, full) and Partial Edit Product (202309). The spec names the two edit paths only; the
/// bodies follow Create Product. [U] A SKU entry with an id keeps that SKU (fields it names change), one without an
/// id is a new SKU, and SKUs left out of <c>skus</c> are removed; a seller SKU used twice is refused; no audit.
/// </summary>
internal static class TikTokProductEditEndpoints
{
    public static void Map(RouteGroupBuilder shopApi)
    {
        shopApi.MapGet("/product/202309/products/{productId}", Get);
        shopApi.MapPut("/product/202309/products/{productId}", (HttpContext http, string productId, TikTokCatalog catalog, SandboxClock clock) => Edit(http, productId, catalog, clock, full: true));
        shopApi.MapPost("/product/202309/products/{productId}/partial_edit", (HttpContext http, string productId, TikTokCatalog catalog, SandboxClock clock) => Edit(http, productId, catalog, clock, full: false));
    }

    private static IResult Get(HttpContext http, string productId, TikTokCatalog catalog)
    {
        var caller = TikTokCaller.From(http);
        if (catalog.Product(caller.ShopId, productId) is not { } product)
        {
            return TikTokJson.Error(TikTokErrors.ProductNotFound);
        }

        lock (product.Gate)
        {
            return TikTokJson.Ok(TikTokProductSearch.View(product, catalog.Known(caller.ShopId)));
        }
    }

    private static IResult Edit(HttpContext http, string productId, TikTokCatalog catalog, SandboxClock clock, bool full)
    {
        var caller = TikTokCaller.From(http);
        var body = TikTokJson.Parse<EditProductRequest>(caller.Body);
        if (body is null || (full && (string.IsNullOrWhiteSpace(body.Title) || string.IsNullOrEmpty(body.CategoryId) || body.Skus is null))
            || (body.Title is not null && string.IsNullOrWhiteSpace(body.Title)) || body.Skus is { Count: 0 or > TikTokProductEndpoints.MaxSkus })
        {
            return TikTokJson.Error(TikTokErrors.InvalidParameter(full
                ? "title, category_id and 1 to 100 skus are required"
                : "title must not be blank and skus, when given, must hold 1 to 100 entries"));
        }

        if (catalog.Product(caller.ShopId, productId) is not { } product)
        {
            return TikTokJson.Error(TikTokErrors.ProductNotFound);
        }

        var book = catalog.Known(caller.ShopId);
        lock (product.Gate)
        {
            if (body.Skus is { } skus && SkusProblem(product, skus, book) is { } problem)
            {
                return TikTokJson.Error(TikTokErrors.InvalidParameter(problem));
            }

            product.Title = body.Title ?? product.Title;
            product.Description = body.Description ?? product.Description;
            product.CategoryId = body.CategoryId ?? product.CategoryId;
            product.BrandId = body.BrandId ?? product.BrandId;
            if (body.MainImages is { } images)
            {
                product.MainImages.Clear();
                product.MainImages.AddRange(images.Select(i => i.Uri).OfType<string>());
            }

            if (body.Skus is { } wanted)
            {
                var kept = wanted.Select(input => input.Id is null ? TikTokProductEndpoints.NewSku(catalog, input, book.WarehouseId) : Apply(product.Sku(input.Id)!, input, book.WarehouseId)).ToList();
                product.Skus.Clear();
                product.Skus.AddRange(kept);
            }

            product.UpdateTime = clock.UnixSeconds;
            return TikTokJson.Ok(TikTokProductEndpoints.Saved(product));
        }
    }

    private static string? SkusProblem(TikTokProduct product, IReadOnlyList<TikTokSkuInput> skus, TikTokShopBook book)
    {
        foreach (var input in skus)
        {
            var problem = input.Id is { } id
                ? product.Sku(id) is null ? $"sku {id} is not a SKU of product {product.Id}"
                    : (input.Price is null ? null : TikTokProductEndpoints.PriceProblem(input.Price, book.Currency))
                        ?? (input.Inventory is null ? null : TikTokProductEndpoints.InventoryProblem(input.Inventory, book.WarehouseId))
                : TikTokProductEndpoints.PriceProblem(input.Price, book.Currency) ?? TikTokProductEndpoints.InventoryProblem(input.Inventory, book.WarehouseId);
            if (problem is not null)
            {
                return problem;
            }
        }

        var sellerSkus = skus.Select(s => s.SellerSku ?? (s.Id is null ? "" : product.Sku(s.Id)!.SellerSku)).Where(s => s.Length > 0).ToList();
        return sellerSkus.GroupBy(s => s, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice
            ? $"seller_sku {twice.Key} is used by more than one SKU"
            : null;
    }

    private static TikTokSku Apply(TikTokSku sku, TikTokSkuInput input, string warehouseId)
    {
        sku.SellerSku = input.SellerSku ?? sku.SellerSku;
        sku.ExternalSkuId = input.ExternalSkuId ?? sku.ExternalSkuId;
        if (input.Price is not null)
        {
            sku.Price = TikTokProductEndpoints.Amount(input.Price);
        }

        if (input.Inventory is not null)
        {
            foreach (var entry in input.Inventory)
            {
                sku.Inventory[entry.WarehouseId ?? warehouseId] = entry.Quantity ?? 0;
            }
        }

        return sku;
    }
}
