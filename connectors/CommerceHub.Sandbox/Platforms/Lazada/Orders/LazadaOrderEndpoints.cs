using System.Globalization;
using CommerceHub.Sandbox.Platforms.Lazada.Catalog;

namespace CommerceHub.Sandbox.Platforms.Lazada.Orders;

/// <summary>
/// /orders/get (created_after or update_after required, limit ≤ 100, offset ≤ 5000), /order/get and /order/items/get.
/// Past offset 5000 Lazada expects the client to move created_after to the last order's time and start again at 0.
/// </summary>
internal static class LazadaOrderEndpoints
{
    public const int MaxLimit = 100;
    public const int MaxOffset = 5000;

    public static void Map(RouteGroupBuilder sellerApi)
    {
        sellerApi.MapGet("/orders/get", GetOrders);
        sellerApi.MapGet("/order/get", GetOrder);
        sellerApi.MapGet("/order/items/get", GetItems);
    }

    private static IResult GetOrders(HttpContext http, LazadaCatalog catalog)
    {
        var caller = LazadaCaller.From(http);
        if (string.IsNullOrEmpty(caller["created_after"]) && string.IsNullOrEmpty(caller["update_after"]))
        {
            return LazadaJson.Error(LazadaErrors.MissingParameter("created_after"));
        }

        if (!LazadaProductQueries.TryTime(caller["created_after"], out var createdAfter) || !LazadaProductQueries.TryTime(caller["created_before"], out var createdBefore)
            || !LazadaProductQueries.TryTime(caller["update_after"], out var updateAfter) || !LazadaProductQueries.TryTime(caller["update_before"], out var updateBefore))
        {
            return LazadaJson.Error(LazadaErrors.InvalidParameter("times must be ISO 8601 with an offset, e.g. 2018-02-09T22:44:30+08:00"));
        }

        var limit = LazadaProductQueries.Int(caller["limit"]) ?? MaxLimit;
        var offset = LazadaProductQueries.Int(caller["offset"]) ?? 0;
        if (limit is < 1 or > MaxLimit || offset is < 0 or > MaxOffset)
        {
            return LazadaJson.Error(LazadaErrors.InvalidParameter($"limit must be 1 to {MaxLimit} and offset 0 to {MaxOffset}; past that, move created_after forward"));
        }

        var byUpdate = caller["sort_by"] == "updated_at";
        var ascending = string.Equals(caller["sort_direction"], "ASC", StringComparison.OrdinalIgnoreCase);
        var status = caller["status"];
        var matches = new List<(DateTimeOffset Key, long Id, Dictionary<string, object?> View)>();
        foreach (var order in catalog.Known(caller.ShopId).Orders.Values)
        {
            lock (order.Gate)
            {
                if (In(order.CreatedAt, createdAfter, createdBefore) && In(order.UpdatedAt, updateAfter, updateBefore)
                    && (string.IsNullOrEmpty(status) || order.Items.Any(i => i.Status == status)))
                {
                    matches.Add((byUpdate ? order.UpdatedAt : order.CreatedAt, order.OrderId, LazadaOrderViews.Order(order)));
                }
            }
        }

        var sorted = ascending ? matches.OrderBy(m => m.Key).ThenBy(m => m.Id) : matches.OrderByDescending(m => m.Key).ThenByDescending(m => m.Id);
        var page = sorted.Skip(offset).Take(limit).Select(m => m.View).ToList();
        return LazadaJson.Ok(new Dictionary<string, object?> { ["count"] = page.Count, ["countTotal"] = matches.Count, ["orders"] = page });
    }

    private static IResult GetOrder(HttpContext http, LazadaOrderBook orders) =>
        WithOrder(http, orders, order => LazadaOrderViews.Order(order));

    private static IResult GetItems(HttpContext http, LazadaOrderBook orders) =>
        WithOrder(http, orders, order => order.Items.Select(i => LazadaOrderViews.Item(order, i)).ToList());

    private static IResult WithOrder(HttpContext http, LazadaOrderBook orders, Func<LazadaOrder, object> view)
    {
        var caller = LazadaCaller.From(http);
        if (string.IsNullOrEmpty(caller["order_id"]))
        {
            return LazadaJson.Error(LazadaErrors.MissingParameter("order_id"));
        }

        if (!long.TryParse(caller["order_id"], NumberStyles.None, CultureInfo.InvariantCulture, out var orderId) || orders.Find(caller.ShopId, orderId) is not { } order)
        {
            return LazadaJson.Error(LazadaErrors.InvalidOrderId);
        }

        lock (order.Gate)
        {
            return LazadaJson.Ok(view(order));
        }
    }

    // "after" is inclusive and "before" exclusive, so consecutive windows never return an order twice.
    private static bool In(DateTimeOffset time, DateTimeOffset? after, DateTimeOffset? before) =>
        (after is null || time >= after) && (before is null || time < before);
}
