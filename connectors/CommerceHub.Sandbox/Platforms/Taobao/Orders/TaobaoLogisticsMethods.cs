namespace CommerceHub.Sandbox.Platforms.Taobao.Orders;

/// <summary>taobao.logistics.offline.send: the seller ships with its own carrier; WAIT_SELLER_SEND_GOODS moves to WAIT_BUYER_CONFIRM_GOODS.</summary>
internal static class TaobaoLogisticsMethods
{
    public static IEnumerable<KeyValuePair<string, Func<TaobaoCall, IServiceProvider, IResult>>> All =>
    [
        new("taobao.logistics.offline.send", OfflineSend),
    ];

    private static IResult OfflineSend(TaobaoCall call, IServiceProvider services)
    {
        if (new[] { "tid", "out_sid", "company_code" }.FirstOrDefault(name => call[name] is null) is { } missing)
        {
            return TaobaoJson.Error(TaobaoErrors.MissingArgument(missing));
        }

        var trades = services.GetRequiredService<TaobaoTradeBook>();
        if (call.Number("tid") is not { } tid || trades.Find(call.SellerId, tid) is null)
        {
            return TaobaoJson.Error(TaobaoErrors.Business(TaobaoAssumptions.TradeNotExistSubCode, "交易不存在"));
        }

        return trades.Move(call.SellerId, tid, "WAIT_BUYER_CONFIRM_GOODS", call["out_sid"], call["company_code"])
            ? TaobaoJson.Response(call.Method, new Dictionary<string, object?> { ["shipping"] = new { is_success = true } })
            : TaobaoJson.Error(TaobaoErrors.Business(TaobaoAssumptions.OfflineSendSubCode, "当前交易状态不支持此操作"));
    }
}
