using CommerceHub.Sandbox.Platforms.TikTok.Catalog;
using Microsoft.AspNetCore.Mvc;

namespace CommerceHub.Sandbox.Platforms.TikTok.Orders;

internal sealed record OrderSearchRequest(string? OrderStatus, long? CreateTimeGe, long? CreateTimeLt, long? UpdateTimeGe, long? UpdateTimeLt, string? ShippingType);

/// <summary>
/// Get Order List (POST /order/202309/orders/search: page_size 1–100 and page_token in the query, filters in the body,
/// no window limit) and Get Order Detail (GET /order/202309/orders?ids=, at most 50).
/// </summary>
internal static class TikTokOrderEndpoints
{
    public static void Map(RouteGroupBuilder shopApi)
    {
        shopApi.MapPost("/order/202309/orders/search", Search);
        shopApi.MapGet("/order/202309/orders", Detail);
    }

    private static IResult Search(
        HttpContext http,
        TikTokCatalog catalog,
        [FromQuery(Name = "page_size")] int? pageSize,
        [FromQuery(Name = "page_token")] string? pageToken,
        [FromQuery(Name = "sort_field")] string? sortField,
        [FromQuery(Name = "sort_order")] string? sortOrder)
    {
        var caller = TikTokCaller.From(http);
        var filter = caller.Body.Length == 0 ? new OrderSearchRequest(null, null, null, null, null, null) : TikTokJson.Parse<OrderSearchRequest>(caller.Body);
        if (pageSize is not (>= 1 and <= 100) || sortField is not (null or "create_time" or "update_time") || filter is null)
        {
            return TikTokJson.Error(TikTokErrors.InvalidParameter("page_size must be 1 to 100, sort_field create_time or update_time, and the body valid JSON"));
        }

        if (!TikTokPageToken.TryDecode(pageToken, out var after))
        {
            return TikTokJson.Error(TikTokErrors.InvalidParameter("page_token is not one this API returned"));
        }

        var byUpdate = sortField == "update_time";
        var ascending = string.Equals(sortOrder, "ASC", StringComparison.OrdinalIgnoreCase);
        var rows = new List<(long Key, string Id, object View)>();
        foreach (var order in catalog.Known(caller.ShopId).Orders.Values)
        {
            lock (order.Gate)
            {
                if ((filter.OrderStatus is null || order.Status == filter.OrderStatus)
                    && order.CreateTime >= (filter.CreateTimeGe ?? 0) && order.CreateTime < (filter.CreateTimeLt ?? long.MaxValue)
                    && order.UpdateTime >= (filter.UpdateTimeGe ?? 0) && order.UpdateTime < (filter.UpdateTimeLt ?? long.MaxValue)
                    && (filter.ShippingType is null or "TIKTOK"))
                {
                    rows.Add((byUpdate ? order.UpdateTime : order.CreateTime, order.Id, TikTokOrderViews.Detail(order)));
                }
            }
        }

        // Ids have equal length, so ordinal order is numeric order; (key, id) is a total order for the keyset token.
        var sorted = (ascending
            ? rows.OrderBy(r => r.Key).ThenBy(r => r.Id, StringComparer.Ordinal)
            : rows.OrderByDescending(r => r.Key).ThenByDescending(r => r.Id, StringComparer.Ordinal)).ToList();
        var remaining = after is { } last ? sorted.Where(r => ascending ? Compare(r, last) > 0 : Compare(r, last) < 0).ToList() : sorted;
        var page = remaining.Take(pageSize.Value).ToList();
        return TikTokJson.Ok(new
        {
            Orders = page.Select(r => r.View),
            TotalCount = sorted.Count,
            NextPageToken = remaining.Count > page.Count ? TikTokPageToken.Encode(page[^1].Key, page[^1].Id) : "",
        });
    }

    private static IResult Detail(HttpContext http, TikTokCatalog catalog, string? ids)
    {
        var caller = TikTokCaller.From(http);
        var wanted = (ids ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (wanted.Length is < 1 or > 50)
        {
            return TikTokJson.Error(TikTokErrors.InvalidParameter("ids must hold 1 to 50 order ids"));
        }

        var book = catalog.Known(caller.ShopId);
        var orders = wanted.Select(id => book.Orders.GetValueOrDefault(id)).OfType<TikTokOrder>()
            .Select(o => { lock (o.Gate) { return TikTokOrderViews.Detail(o); } })
            .ToList();
        return TikTokJson.Ok(new { Orders = orders });
    }

    private static int Compare((long Key, string Id, object View) row, (long Key, string Id) last) =>
        row.Key != last.Key ? row.Key.CompareTo(last.Key) : string.CompareOrdinal(row.Id, last.Id);
}
