using CommerceHub.Sandbox.Core;
using CommerceHub.Sandbox.Platforms.Douyin.Catalog;

namespace CommerceHub.Sandbox.Platforms.Douyin.Orders;

/// <summary>order.searchList, order.orderDetail and order.logisticsAdd.</summary>
internal static class DouyinOrderMethods
{
    public static IEnumerable<KeyValuePair<string, Func<DouyinCall, IServiceProvider, IResult>>> All =>
    [
        new("order.searchList", Search),
        new("order.orderDetail", Detail),
        new("order.logisticsAdd", LogisticsAdd),
    ];

    /// <summary>
    /// Filters on create or update time (Unix seconds); a range needs its start and spans at most the window in
    /// <see cref="DouyinAssumptions"/> (a missing end means now). Page 0-based; only the first 10,000 rows are reachable.
    /// </summary>
    private static IResult Search(DouyinCall call, IServiceProvider services)
    {
        var page = call.Number("page") ?? 0;
        var size = call.Number("size") ?? 10;
        if (page < 0 || size is < 1 or > DouyinAssumptions.MaxPageSize)
        {
            return DouyinJson.Error(DouyinErrors.BusinessInvalid($"page从0开始，size取值1-{DouyinAssumptions.MaxPageSize}"));
        }

        if ((page + 1) * size > DouyinAssumptions.MaxReachableRows)
        {
            return DouyinJson.Error(DouyinErrors.BusinessInvalid($"最多查询前{DouyinAssumptions.MaxReachableRows}条，请缩小时间范围"));
        }

        var now = services.GetRequiredService<SandboxClock>().GetUtcNow().ToUnixTimeSeconds();
        var created = Range(call, "create_time_start", "create_time_end", now);
        var updated = Range(call, "update_time_start", "update_time_end", now);
        if ((created.Error ?? updated.Error) is { } rangeError)
        {
            return DouyinJson.Error(DouyinErrors.BusinessInvalid(rangeError));
        }

        if (created.Range is null && updated.Range is null)
        {
            return DouyinJson.Error(DouyinErrors.BusinessMissing("create_time_start 或 update_time_start"));
        }

        var byUpdate = call.Text("order_by") switch
        {
            null or "" or "create_time" => false,
            "update_time" => true,
            _ => (bool?)null,
        };
        if (byUpdate is null)
        {
            return DouyinJson.Error(DouyinErrors.BusinessInvalid("order_by取值为create_time或update_time"));
        }

        var ascending = call.Flag("order_asc") ?? false;
        var book = services.GetRequiredService<DouyinCatalog>().Shop(call.Shop)!; // the gate accepted a token for this shop
        var rows = book.Orders.Values
            .Select(o => { lock (o.Gate) { return (Order: o, Created: o.CreateTime.ToUnixTimeSeconds(), Updated: o.UpdateTime.ToUnixTimeSeconds()); } })
            .Where(o => In(created.Range, o.Created) && In(updated.Range, o.Updated))
            .ToList();
        Func<(DouyinOrder Order, long Created, long Updated), long> key = byUpdate.Value ? o => o.Updated : o => o.Created;
        var sorted = (ascending ? rows.OrderBy(key) : rows.OrderByDescending(key))
            .ThenBy(o => o.Order.ShopOrderId, StringComparer.Ordinal)
            .ToList();
        var list = sorted.Skip((int)(page * size)).Take((int)size).Select(o => DouyinOrderViews.Order(o.Order)).ToList();
        return DouyinJson.Ok(new { shop_order_list = list, page, size, total = sorted.Count });
    }

    private static IResult Detail(DouyinCall call, IServiceProvider services)
    {
        if (call.Text("shop_order_id") is not { Length: > 0 } orderId)
        {
            return DouyinJson.Error(DouyinErrors.BusinessMissing("shop_order_id"));
        }

        return services.GetRequiredService<DouyinOrderBook>().Find(call.Shop, orderId) is { } order
            ? DouyinJson.Ok(new { shop_order_detail = DouyinOrderViews.Order(order) })
            : DouyinJson.Error(DouyinErrors.BusinessFailed("订单不存在"));
    }

    private static IResult LogisticsAdd(DouyinCall call, IServiceProvider services)
    {
        if (call.Text("order_id") is not { Length: > 0 } orderId || call.Text("company_code") is not { Length: > 0 } company
            || call.Text("logistics_code") is not { Length: > 0 } trackingNo)
        {
            return DouyinJson.Error(DouyinErrors.BusinessMissing("order_id, company_code, logistics_code"));
        }

        var orders = services.GetRequiredService<DouyinOrderBook>();
        if (orders.Find(call.Shop, orderId) is null)
        {
            return DouyinJson.Error(DouyinErrors.BusinessFailed("订单不存在"));
        }

        return orders.Move(call.Shop, orderId, "3", company, trackingNo)
            ? DouyinJson.Ok(new Dictionary<string, object>())
            : DouyinJson.Error(DouyinErrors.BusinessFailed("订单状态不允许发货"));
    }

    private static ((long From, long To)? Range, string? Error) Range(DouyinCall call, string startName, string endName, long now)
    {
        var start = call.Number(startName);
        var end = call.Number(endName);
        if (start is null)
        {
            return end is null ? (null, null) : (null, $"{endName}需与{startName}同时传入");
        }

        var to = end ?? now;
        var window = (long)DouyinAssumptions.MaxSearchWindow.TotalSeconds;
        return to < start || to - start > window ? (null, $"{startName}至{endName}须有序且不超过{DouyinAssumptions.MaxSearchWindow.TotalDays}天") : ((start.Value, to), null);
    }

    private static bool In((long From, long To)? range, long value) => range is not { } r || (value >= r.From && value <= r.To);
}
