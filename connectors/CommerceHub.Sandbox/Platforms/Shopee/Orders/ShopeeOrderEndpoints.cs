using System.Globalization;
using CommerceHub.Sandbox.Platforms.Shopee.Catalog;
using Microsoft.AspNetCore.Mvc;

namespace CommerceHub.Sandbox.Platforms.Shopee.Orders;

/// <summary>get_order_list (window ≤ 15 days, cursor paging) and get_order_detail (≤ 50 order_sn).</summary>
internal static class ShopeeOrderEndpoints
{
    private const long MaxWindowSeconds = 15 * 86_400;

    public static void Map(RouteGroupBuilder shopApi)
    {
        shopApi.MapGet("/order/get_order_list", GetOrderList);
        shopApi.MapGet("/order/get_order_detail", GetOrderDetail);
    }

    private static IResult GetOrderList(
        HttpContext http,
        ShopeeCatalog catalog,
        [FromQuery(Name = "time_range_field")] string? timeRangeField,
        [FromQuery(Name = "time_from")] long? timeFrom,
        [FromQuery(Name = "time_to")] long? timeTo,
        [FromQuery(Name = "page_size")] int? pageSize,
        [FromQuery(Name = "cursor")] string? cursor,
        [FromQuery(Name = "order_status")] string? orderStatus,
        [FromQuery(Name = "response_optional_fields")] string? optionalFields)
    {
        var caller = ShopeeCaller.From(http);
        if (timeRangeField is not ("create_time" or "update_time") || timeFrom is null || timeTo is null)
        {
            return ShopeeJson.Error(ShopeeErrors.WrongParameters("time_range_field (create_time|update_time), time_from and time_to are required"));
        }

        if (timeFrom > timeTo || timeTo - timeFrom > MaxWindowSeconds)
        {
            return ShopeeJson.Error(ShopeeErrors.OrderListInvalidTime);
        }

        if (pageSize is not (>= 1 and <= 100))
        {
            return ShopeeJson.Error(ShopeeErrors.WrongParameters("page_size should be between 1 and 100"));
        }

        // The cursor is opaque to clients; here it is the position in the sorted result, like Shopee's sample "20".
        var start = 0;
        var rawCursor = (cursor ?? "").Trim('"');
        if (rawCursor.Length > 0 && (!int.TryParse(rawCursor, NumberStyles.None, CultureInfo.InvariantCulture, out start) || start < 0))
        {
            return ShopeeJson.Error(ShopeeErrors.WrongParameters("cursor is invalid"));
        }

        var byCreate = timeRangeField == "create_time";
        var matches = catalog.Shop(caller.ShopId)!.Orders.Values // ShopeeGate accepted a token for this shop.
            .Select(o => { lock (o.Gate) { return (o.OrderSn, o.Status, Time: byCreate ? o.CreateTime : o.UpdateTime); } })
            .Where(o => o.Time >= timeFrom && o.Time <= timeTo && (orderStatus is null || o.Status == orderStatus))
            .OrderByDescending(o => o.Time).ThenByDescending(o => o.OrderSn, StringComparer.Ordinal)
            .ToList();
        var page = matches.Skip(start).Take(pageSize.Value).ToList();
        var more = start + page.Count < matches.Count;
        var withStatus = (optionalFields ?? "").Split(',', StringSplitOptions.TrimEntries).Contains("order_status", StringComparer.Ordinal);
        return ShopeeJson.Ok(new
        {
            More = more,
            NextCursor = more ? (start + page.Count).ToString(CultureInfo.InvariantCulture) : "",
            OrderList = page.Select(o => new { o.OrderSn, OrderStatus = withStatus ? o.Status : null }),
        });
    }

    private static IResult GetOrderDetail(
        HttpContext http,
        ShopeeCatalog catalog,
        [FromQuery(Name = "order_sn_list")] string[]? orderSnList,
        [FromQuery(Name = "response_optional_fields")] string[]? optionalFields)
    {
        var caller = ShopeeCaller.From(http);
        var sns = (orderSnList ?? []).SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (sns.Count is < 1 or > 50)
        {
            return ShopeeJson.Error(ShopeeErrors.WrongParameters("order_sn_list must hold 1 to 50 order_sn"));
        }

        var optional = (optionalFields ?? []).SelectMany(f => f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);
        var book = catalog.Shop(caller.ShopId)!; // ShopeeGate accepted a token for this shop.
        var orders = sns.Select(sn => book.Orders.GetValueOrDefault(sn)).OfType<ShopeeOrder>()
            .Select(o => ShopeeOrderViews.Detail(o, optional))
            .ToList();
        return ShopeeJson.Ok(new { OrderList = orders });
    }
}
