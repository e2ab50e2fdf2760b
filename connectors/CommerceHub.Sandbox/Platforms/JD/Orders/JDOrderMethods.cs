namespace CommerceHub.Sandbox.Platforms.JD.Orders;

/// <summary>jingdong.pop.order.search, jingdong.pop.order.get and the shipment call named in <see cref="JDAssumptions"/>.</summary>
internal static class JDOrderMethods
{
    public static IEnumerable<KeyValuePair<string, Func<JDCall, IServiceProvider, IResult>>> All =>
    [
        new("jingdong.pop.order.search", Search),
        new("jingdong.pop.order.get", Get),
        new(JDAssumptions.ShipmentMethod, Ship),
    ];

    private static IResult Search(JDCall call, IServiceProvider services)
    {
        var states = (call.Text("order_state") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        if (states.Count == 0 || !states.All(JDAssumptions.StateRemarks.ContainsKey))
        {
            return JDJson.Error(JDErrors.InvalidParameter("order_state must list known order states"));
        }

        var page = call.Number("page") ?? 1;
        var pageSize = call.Number("page_size") ?? 20;
        if (page < 1 || pageSize is < 1 or > JDAssumptions.MaxPageSize)
        {
            return JDJson.Error(JDErrors.InvalidParameter($"page must be at least 1 and page_size between 1 and {JDAssumptions.MaxPageSize}"));
        }

        var start = JDJson.ParseTime(call.Text("start_date"));
        var end = JDJson.ParseTime(call.Text("end_date"));
        if ((call.Text("start_date") is not null && start is null) || (call.Text("end_date") is not null && end is null)
            || (start is not null && end is not null && (end < start || end - start > JDAssumptions.MaxSearchWindow)))
        {
            return JDJson.Error(JDErrors.InvalidParameter($"start_date and end_date must be {JDJson.TimeFormat}, in order and at most 30 days apart"));
        }

        var byModified = call.Text("date_type") == JDAssumptions.DateTypeModified;
        var fields = Fields(call);
        var book = services.GetRequiredService<Catalog.JDCatalog>().Vender(call.VenderId)!; // JDGate accepted a token for this seller.
        var matches = book.Orders.Values
            .Select(o => { lock (o.Gate) { return (Order: o, o.State, Time: byModified ? o.Modified : o.StartTime); } })
            .Where(o => states.Contains(o.State) && (start is null || o.Time >= start) && (end is null || o.Time <= end))
            .OrderByDescending(o => o.Time).ThenByDescending(o => o.Order.OrderId, StringComparer.Ordinal)
            .ToList();
        var rows = matches.Skip((int)((page - 1) * pageSize)).Take((int)pageSize).Select(o => JDOrderViews.Order(o.Order, fields)).ToList();
        return JDJson.Response(call.Method, new Dictionary<string, object?>
        {
            ["searchorderinfo_result"] = new { apiResult = JDJson.ApiResult(true), orderInfoList = rows, orderTotal = matches.Count },
        });
    }

    private static IResult Get(JDCall call, IServiceProvider services)
    {
        if (call.Text("order_id") is not { Length: > 0 } orderId)
        {
            return JDJson.Error(JDErrors.InvalidParameter("order_id is required"));
        }

        var order = services.GetRequiredService<JDOrderBook>().Find(call.VenderId, orderId);
        return JDJson.Response(call.Method, new Dictionary<string, object?>
        {
            ["orderDetailInfo"] = new
            {
                apiResult = order is null ? JDJson.ApiResult(false, "订单不存在", "order not found") : JDJson.ApiResult(true),
                orderInfo = order is null ? null : JDOrderViews.Order(order, Fields(call)),
            },
        });
    }

    private static IResult Ship(JDCall call, IServiceProvider services)
    {
        if (call.Text("order_id") is not { Length: > 0 } orderId || call.Text("logistics_id") is not { Length: > 0 } logisticsId
            || call.Text("waybill") is not { Length: > 0 } waybill)
        {
            return JDJson.Error(JDErrors.InvalidParameter("order_id, logistics_id and waybill are required"));
        }

        var shipped = services.GetRequiredService<JDOrderBook>().Move(call.VenderId, orderId, "WAIT_GOODS_RECEIVE_CONFIRM", logisticsId, waybill);
        return JDJson.Response(call.Method, new Dictionary<string, object?>
        {
            ["sopjosshipment_result"] = shipped ? JDJson.ApiResult(true) : JDJson.ApiResult(false, "订单不存在或状态不允许出库", "order unknown or not waiting for stock-out"),
        });
    }

    private static HashSet<string>? Fields(JDCall call) =>
        call.Text("optional_fields") is { Length: > 0 } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal)
            : null;
}
