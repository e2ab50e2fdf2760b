using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Jd.Dtos;
using A = CommerceHub.Connectors.Jd.JdConnectorAssumptions;

namespace CommerceHub.Connectors.Jd;

internal sealed partial class JdClient
{
    public const string SearchMethod = "jingdong.pop.order.search";
    public const string GetMethod = "jingdong.pop.order.get";

    /// <summary>Orders of every state modified in [start, end] (at most 30 days), newest change first.</summary>
    public Task<SearchResponse> SearchOrdersAsync(ShopToken token, DateTimeOffset start, DateTimeOffset end, int page, int pageSize, CancellationToken ct) =>
        SendAsync<SearchResponse>(Call(SearchMethod, token, new()
        {
            ["order_state"] = A.AllStates,
            ["date_type"] = A.ByModified,
            ["start_date"] = JdSigner.Time(start),
            ["end_date"] = JdSigner.Time(end),
            ["page"] = Invariant(page),
            ["page_size"] = Invariant(pageSize),
        }), ct);

    public Task<GetResponse> GetOrderAsync(ShopToken token, string orderId, CancellationToken ct) =>
        SendAsync<GetResponse>(Call(GetMethod, token, new() { ["order_id"] = orderId }), ct);

    public Task<ShipmentResponse> ShipAsync(ShopToken token, string orderId, string waybill, CancellationToken ct) =>
        SendAsync<ShipmentResponse>(Call(A.Shipment, token, new() { ["order_id"] = orderId, ["logistics_id"] = Options.LogisticsId, ["waybill"] = waybill }), ct);
}
