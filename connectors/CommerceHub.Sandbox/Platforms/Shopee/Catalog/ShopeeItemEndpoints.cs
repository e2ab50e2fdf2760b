using System.Text.Json;
using CommerceHub.Sandbox.Core;

namespace CommerceHub.Sandbox.Platforms.Shopee.Catalog;

/// <summary>add_item, update_item, unlist_item, delete_item.</summary>
internal static class ShopeeItemEndpoints
{
    public static void Map(RouteGroupBuilder shopApi)
    {
        shopApi.MapPost("/product/add_item", AddItem);
        shopApi.MapPost("/product/update_item", UpdateItem);
        shopApi.MapPost("/product/unlist_item", UnlistItem);
        shopApi.MapPost("/product/delete_item", DeleteItem);
    }

    public static int TotalStock(IReadOnlyList<SellerStock>? stock) => stock?.Sum(s => s.Stock) ?? 0;

    private static async Task<IResult> AddItem(HttpContext http, ShopeeCatalog catalog, SandboxClock clock)
    {
        var caller = ShopeeCaller.From(http);
        var body = await ShopeeJson.ReadAsync<AddItemRequest>(http.Request);
        if (body is null || string.IsNullOrWhiteSpace(body.ItemName) || body.OriginalPrice is not { } price || body.CategoryId is null
            || body.SellerStock is not { Count: > 0 } || body.SellerStock.Any(s => s.Stock < 0))
        {
            return ShopeeJson.Error(ShopeeErrors.WrongParameters("item_name, original_price, category_id and seller_stock are required"));
        }

        var book = catalog.Shop(caller.ShopId)!; // ShopeeGate accepted a token for this shop, so the registry knows it.
        if (!ShopeeRegions.IsValidPrice(book.Region, price))
        {
            return ShopeeJson.Error(ShopeeErrors.WrongParameters($"original_price {price} is not valid for region {book.Region}"));
        }

        var item = new ShopeeItem(catalog.NewItemId(), clock.UnixSeconds)
        {
            ItemName = body.ItemName,
            Description = body.Description ?? "",
            ItemSku = body.ItemSku ?? "",
            CategoryId = body.CategoryId.Value,
            Weight = body.Weight ?? 0,
            Status = body.ItemStatus == ShopeeItemStatus.Unlist ? ShopeeItemStatus.Unlist : ShopeeItemStatus.Normal,
            OriginalPrice = price,
            Stock = TotalStock(body.SellerStock),
        };
        Keep(item, "image", body.Image);
        Keep(item, "logistic_info", body.LogisticInfo);
        Keep(item, "attribute_list", body.AttributeList);
        Keep(item, "brand", body.Brand);
        Keep(item, "dimension", body.Dimension);
        book.Items[item.ItemId] = item;
        lock (item.Gate)
        {
            var response = ShopeeItemViews.BaseInfo(item, book.Currency);
            response["seller_stock"] = body.SellerStock;
            return ShopeeJson.Ok(response);
        }
    }

    private static async Task<IResult> UpdateItem(HttpContext http, ShopeeCatalog catalog, SandboxClock clock)
    {
        var caller = ShopeeCaller.From(http);
        var body = await ShopeeJson.ReadAsync<UpdateItemRequest>(http.Request);
        if (body?.ItemId is not { } itemId)
        {
            return ShopeeJson.Error(ShopeeErrors.WrongParameters("item_id is required"));
        }

        if (catalog.Item(caller.ShopId, itemId) is not { } item)
        {
            return ShopeeJson.Error(ShopeeErrors.ItemNotFound);
        }

        lock (item.Gate)
        {
            item.ItemName = body.ItemName ?? item.ItemName;
            item.Description = body.Description ?? item.Description;
            item.ItemSku = body.ItemSku ?? item.ItemSku;
            item.Weight = body.Weight ?? item.Weight;
            item.CategoryId = body.CategoryId ?? item.CategoryId;
            item.Status = body.ItemStatus is ShopeeItemStatus.Normal or ShopeeItemStatus.Unlist ? body.ItemStatus : item.Status;
            item.UpdateTime = clock.UnixSeconds;
            return ShopeeJson.Ok(new { item.ItemId, item.ItemName, item.Description, item.ItemSku, ItemStatus = item.Status });
        }
    }

    private static async Task<IResult> UnlistItem(HttpContext http, ShopeeCatalog catalog, SandboxClock clock)
    {
        var caller = ShopeeCaller.From(http);
        var body = await ShopeeJson.ReadAsync<UnlistItemRequest>(http.Request);
        if (body?.ItemList is not { Count: > 0 and <= 50 } list)
        {
            return ShopeeJson.Error(ShopeeErrors.WrongParameters("item_list must hold 1 to 50 items"));
        }

        var success = new List<object>();
        var failure = new List<object>();
        foreach (var entry in list)
        {
            if (catalog.Item(caller.ShopId, entry.ItemId) is not { } item)
            {
                failure.Add(new { entry.ItemId, FailedReason = "item not found" });
                continue;
            }

            lock (item.Gate)
            {
                item.Status = entry.Unlist ? ShopeeItemStatus.Unlist : ShopeeItemStatus.Normal;
                item.UpdateTime = clock.UnixSeconds;
            }

            success.Add(new { entry.ItemId, entry.Unlist });
        }

        return ShopeeJson.Ok(new { SuccessList = success, FailureList = failure });
    }

    private static async Task<IResult> DeleteItem(HttpContext http, ShopeeCatalog catalog, SandboxClock clock)
    {
        var caller = ShopeeCaller.From(http);
        var body = await ShopeeJson.ReadAsync<DeleteItemRequest>(http.Request);
        if (body?.ItemId is not { } itemId)
        {
            return ShopeeJson.Error(ShopeeErrors.WrongParameters("item_id is required"));
        }

        if (catalog.Item(caller.ShopId, itemId) is not { } item)
        {
            return ShopeeJson.Error(ShopeeErrors.ItemNotFound);
        }

        lock (item.Gate)
        {
            item.Status = ShopeeItemStatus.SellerDelete;
            item.UpdateTime = clock.UnixSeconds;
        }

        return ShopeeJson.Ok();
    }

    private static void Keep(ShopeeItem item, string key, JsonElement? value)
    {
        if (value is { } element)
        {
            item.Extra[key] = element.Clone();
        }
    }
}
