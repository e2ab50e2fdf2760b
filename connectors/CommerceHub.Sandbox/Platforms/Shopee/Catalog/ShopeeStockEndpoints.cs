using CommerceHub.Sandbox.Core;

namespace CommerceHub.Sandbox.Platforms.Shopee.Catalog;

/// <summary>update_stock and update_price: one item per call, 1-50 entries, per-entry success and failure lists.</summary>
internal static class ShopeeStockEndpoints
{
    public static void Map(RouteGroupBuilder shopApi)
    {
        shopApi.MapPost("/product/update_stock", UpdateStock);
        shopApi.MapPost("/product/update_price", UpdatePrice);
    }

    private static async Task<IResult> UpdateStock(HttpContext http, ShopeeCatalog catalog, SandboxClock clock)
    {
        var caller = ShopeeCaller.From(http);
        var body = await ShopeeJson.ReadAsync<UpdateStockRequest>(http.Request);
        if (body?.ItemId is not { } itemId || body.StockList is not { Count: >= 1 and <= 50 } entries)
        {
            return ShopeeJson.Error(ShopeeErrors.WrongParameters("item_id and 1-50 stock_list entries are required"));
        }

        if (catalog.Item(caller.ShopId, itemId) is not { } item)
        {
            return ShopeeJson.Error(ShopeeErrors.ItemNotFound);
        }

        var success = new List<object>();
        var failure = new List<object>();
        lock (item.Gate)
        {
            foreach (var entry in entries)
            {
                var stock = ShopeeItemEndpoints.TotalStock(entry.SellerStock);
                if (entry.SellerStock is not { Count: > 0 } || stock < 0)
                {
                    failure.Add(new { entry.ModelId, FailedReason = "seller_stock is required and must not be negative" });
                }
                else if (item.HasModel && item.Model(entry.ModelId) is { } model)
                {
                    model.Stock = stock;
                    success.Add(new { entry.ModelId, LocationId = "", Stock = stock });
                }
                else if (!item.HasModel && entry.ModelId == 0)
                {
                    item.Stock = stock;
                    success.Add(new { entry.ModelId, LocationId = "", Stock = stock });
                }
                else
                {
                    failure.Add(new { entry.ModelId, FailedReason = "model_id not found for this item" });
                }
            }

            item.UpdateTime = clock.UnixSeconds;
        }

        return ShopeeJson.Ok(new { FailureList = failure, SuccessList = success });
    }

    private static async Task<IResult> UpdatePrice(HttpContext http, ShopeeCatalog catalog, SandboxClock clock)
    {
        var caller = ShopeeCaller.From(http);
        var body = await ShopeeJson.ReadAsync<UpdatePriceRequest>(http.Request);
        if (body?.ItemId is not { } itemId || body.PriceList is not { Count: >= 1 and <= 50 } entries)
        {
            return ShopeeJson.Error(ShopeeErrors.WrongParameters("item_id and 1-50 price_list entries are required"));
        }

        if (catalog.Item(caller.ShopId, itemId) is not { } item)
        {
            return ShopeeJson.Error(ShopeeErrors.ItemNotFound);
        }

        var region = catalog.Shop(caller.ShopId)!.Region; // The item was found in this shop.
        var success = new List<object>();
        var failure = new List<object>();
        lock (item.Gate)
        {
            foreach (var entry in entries)
            {
                if (!ShopeeRegions.IsValidPrice(region, entry.OriginalPrice))
                {
                    failure.Add(new { entry.ModelId, FailedReason = $"original_price {entry.OriginalPrice} is not valid for region {region}: integer prices only" });
                }
                else if (item.HasModel && item.Model(entry.ModelId) is { } model)
                {
                    model.OriginalPrice = entry.OriginalPrice;
                    success.Add(new { entry.ModelId, entry.OriginalPrice });
                }
                else if (!item.HasModel && entry.ModelId == 0)
                {
                    item.OriginalPrice = entry.OriginalPrice;
                    success.Add(new { entry.ModelId, entry.OriginalPrice });
                }
                else
                {
                    failure.Add(new { entry.ModelId, FailedReason = "model_id not found for this item" });
                }
            }

            item.UpdateTime = clock.UnixSeconds;
        }

        return ShopeeJson.Ok(new { FailureList = failure, SuccessList = success });
    }
}
