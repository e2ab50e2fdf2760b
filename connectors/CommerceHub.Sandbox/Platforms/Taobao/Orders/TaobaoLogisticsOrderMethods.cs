namespace CommerceHub.Sandbox.Platforms.Taobao.Orders;

/// <summary>taobao.logistics.orders.get: a trade's shipping record (waybill out_sid and carrier) once it has been sent.</summary>
internal static class TaobaoLogisticsOrderMethods
{
    public static IEnumerable<KeyValuePair<string, Func<TaobaoCall, IServiceProvider, IResult>>> All =>
    [
        new("taobao.logistics.orders.get", Get),
    ];

    private static IResult Get(TaobaoCall call, IServiceProvider services)
    {
        if (new[] { "fields", "tid" }.FirstOrDefault(name => call[name] is null) is { } missing)
        {
            return TaobaoJson.Error(TaobaoErrors.MissingArgument(missing));
        }

        var body = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (call.Number("tid") is { } tid && services.GetRequiredService<TaobaoTradeBook>().Find(call.SellerId, tid) is { } trade)
        {
            lock (trade.Gate)
            {
                body["total_results"] = trade.OutSid.Length > 0 ? 1 : 0;
                if (trade.OutSid.Length > 0)
                {
                    body["shippings"] = new { shipping = new[] { new { tid = trade.Tid, tid_str = trade.Tid.ToString(System.Globalization.CultureInfo.InvariantCulture), out_sid = trade.OutSid, company_name = trade.CompanyCode, status = "CREATED" } } };
                }
            }
        }
        else
        {
            body["total_results"] = 0;
        }

        return TaobaoJson.Response(call.Method, body);
    }
}
