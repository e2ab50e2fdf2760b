using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Taobao.Dtos;
using RestSharp;
using A = CommerceHub.Connectors.Taobao.TaobaoConnectorAssumptions;

namespace CommerceHub.Connectors.Taobao;

internal sealed partial class TaobaoClient
{
    public const string IncrementMethod = "taobao.trades.sold.increment.get";
    public const string FullInfoMethod = "taobao.trade.fullinfo.get";

    /// <summary>Everything the mapping reads, lines included, so a listed trade needs no detail call.</summary>
    public const string TradeFields =
        "tid,tid_str,status,created,modified,pay_time,payment,post_fee,receiver_name,receiver_mobile,receiver_state,receiver_city,"
        + "receiver_district,receiver_address,receiver_zip,orders.oid_str,orders.num_iid,orders.sku_id,orders.title,orders.outer_iid,"
        + "orders.price,orders.num,orders.payment,orders.status";

    /// <summary>Trades modified in [start, end] (at most one day, last three months), newest change first.</summary>
    public Task<TradesResponse> GetIncrementAsync(ShopToken token, DateTimeOffset start, DateTimeOffset end, int pageNo, int pageSize, CancellationToken ct) =>
        SendAsync<TradesResponse>(
            Call(IncrementMethod, token.AccessToken)
                .AddParameter("fields", TradeFields)
                .AddParameter("start_modified", TaobaoSigner.Time(start))
                .AddParameter("end_modified", TaobaoSigner.Time(end))
                .AddParameter("page_no", Invariant(pageNo))
                .AddParameter("page_size", Invariant(pageSize)),
            ct);

    public Task<TradeResponse> GetTradeAsync(ShopToken token, string tid, CancellationToken ct) =>
        SendAsync<TradeResponse>(Call(FullInfoMethod, token.AccessToken).AddParameter("fields", TradeFields).AddParameter("tid", tid), ct);

    public Task<OfflineSendResponse> OfflineSendAsync(ShopToken token, string tid, string waybill, CancellationToken ct) =>
        SendAsync<OfflineSendResponse>(
            Call(A.OfflineSend, token.AccessToken).AddParameter("tid", tid).AddParameter("out_sid", waybill).AddParameter("company_code", Options.LogisticsCompanyCode),
            ct);

    public Task<LogisticsOrdersResponse> GetShippingsAsync(ShopToken token, string tid, CancellationToken ct) =>
        SendAsync<LogisticsOrdersResponse>(Call(A.LogisticsOrders, token.AccessToken).AddParameter("fields", "tid,out_sid,company_name").AddParameter("tid", tid), ct);
}
