using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace CommerceHub.Sandbox.Platforms.Shopee.Catalog;

/// <summary>get_item_list (offset paging, page_size ≤ 100), get_item_base_info (≤ 50 ids), get_model_list.</summary>
internal static class ShopeeProductQueries
{
    public static void Map(RouteGroupBuilder shopApi)
    {
        shopApi.MapGet("/product/get_item_list", GetItemList);
        shopApi.MapGet("/product/get_item_base_info", GetItemBaseInfo);
        shopApi.MapGet("/product/get_model_list", GetModelList);
    }

    private static IResult GetItemList(
        HttpContext http,
        ShopeeCatalog catalog,
        [FromQuery(Name = "offset")] int? offset,
        [FromQuery(Name = "page_size")] int? pageSize,
        [FromQuery(Name = "item_status")] string[]? itemStatus,
        [FromQuery(Name = "update_time_from")] long? updateTimeFrom,
        [FromQuery(Name = "update_time_to")] long? updateTimeTo)
    {
        var caller = ShopeeCaller.From(http);
        if (pageSize is not (>= 1 and <= 100) || offset is < 0)
        {
            return ShopeeJson.Error(ShopeeErrors.WrongParameters("page_size must be between 1 and 100 and offset not negative"));
        }

        var statuses = itemStatus is { Length: > 0 } ? itemStatus.ToHashSet(StringComparer.Ordinal) : null;
        var matches = catalog.Shop(caller.ShopId)!.Items.Values // ShopeeGate accepted a token for this shop.
            .Select(item => { lock (item.Gate) { return (item.ItemId, item.Status, item.UpdateTime); } })
            .Where(i => (statuses is null ? i.Status != ShopeeItemStatus.SellerDelete : statuses.Contains(i.Status))
                && (updateTimeFrom is null || i.UpdateTime >= updateTimeFrom) && (updateTimeTo is null || i.UpdateTime <= updateTimeTo))
            .OrderBy(i => i.ItemId)
            .ToList();
        var start = offset ?? 0;
        var page = matches.Skip(start).Take(pageSize.Value).ToList();
        var hasNext = start + page.Count < matches.Count;
        return ShopeeJson.Ok(new
        {
            Item = page.Select(i => new { i.ItemId, ItemStatus = i.Status, i.UpdateTime }),
            TotalCount = matches.Count,
            HasNextPage = hasNext,
            NextOffset = hasNext ? start + page.Count : 0,
        });
    }

    private static IResult GetItemBaseInfo(HttpContext http, ShopeeCatalog catalog, [FromQuery(Name = "item_id_list")] string[]? itemIdList)
    {
        var caller = ShopeeCaller.From(http);
        var ids = ParseIds(itemIdList);
        if (ids is not { Count: >= 1 and <= 50 })
        {
            return ShopeeJson.Error(ShopeeErrors.WrongParameters("item_id_list must hold 1 to 50 item ids"));
        }

        var book = catalog.Shop(caller.ShopId)!; // ShopeeGate accepted a token for this shop.
        var items = ids.Select(id => book.Items.GetValueOrDefault(id)).OfType<ShopeeItem>()
            .Select(item => { lock (item.Gate) { return ShopeeItemViews.BaseInfo(item, book.Currency); } })
            .ToList();
        return ShopeeJson.Ok(new { ItemList = items });
    }

    private static IResult GetModelList(HttpContext http, ShopeeCatalog catalog, [FromQuery(Name = "item_id")] long? itemId)
    {
        var caller = ShopeeCaller.From(http);
        if (itemId is null)
        {
            return ShopeeJson.Error(ShopeeErrors.WrongParameters("item_id is required"));
        }

        if (catalog.Item(caller.ShopId, itemId.Value) is not { } item)
        {
            return ShopeeJson.Error(ShopeeErrors.ItemNotFound);
        }

        var currency = catalog.Shop(caller.ShopId)!.Currency; // The item was found in this shop.
        lock (item.Gate)
        {
            return ShopeeJson.Ok(ShopeeItemViews.ModelList(item, currency));
        }
    }

    /// <summary>Accepts both "1,2,3" and repeated parameters; null if any id is not a number.</summary>
    internal static List<long>? ParseIds(string[]? raw)
    {
        var parts = (raw ?? []).SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var ids = new List<long>();
        foreach (var part in parts)
        {
            if (!long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return null;
            }

            ids.Add(id);
        }

        return ids;
    }
}
