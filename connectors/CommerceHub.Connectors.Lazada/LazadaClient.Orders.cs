using System.Globalization;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Lazada.Dtos;
using RestSharp;

namespace CommerceHub.Connectors.Lazada;

internal sealed partial class LazadaClient
{
    public const string OrdersPath = "/orders/get";
    public const string OrderPath = "/order/get";
    public const string OrderItemsPath = "/order/items/get";
    public const string PackPath = "/order/fulfill/pack";
    public const string ReadyToShipPath = "/order/package/rts";

    /// <summary>Orders updated in [after, before), oldest change first, so a page's last order moves the window on.</summary>
    public Task<OrdersResponse> GetOrdersAsync(ShopToken token, DateTimeOffset updateAfter, DateTimeOffset updateBefore, int offset, int limit, CancellationToken ct) =>
        SendAsync<OrdersResponse>(
            ShopRequest(OrdersPath, Method.Get, token)
                .AddParameter("update_after", Iso(updateAfter))
                .AddParameter("update_before", Iso(updateBefore))
                .AddParameter("sort_by", "updated_at")
                .AddParameter("sort_direction", "ASC")
                .AddParameter("offset", offset.ToString(CultureInfo.InvariantCulture))
                .AddParameter("limit", limit.ToString(CultureInfo.InvariantCulture)),
            ct);

    public Task<OrderDto> GetOrderAsync(ShopToken token, long orderId, CancellationToken ct) =>
        SendAsync<OrderDto>(ShopRequest(OrderPath, Method.Get, token).AddParameter("order_id", Number(orderId)), ct);

    public Task<List<OrderItemDto>> GetOrderItemsAsync(ShopToken token, long orderId, CancellationToken ct) =>
        SendAsync<List<OrderItemDto>>(ShopRequest(OrderItemsPath, Method.Get, token).AddParameter("order_id", Number(orderId)), ct);

    public Task<PackResultDto> PackAsync(ShopToken token, PackRequestDto body, CancellationToken ct) =>
        SendAsync<PackResultDto>(ShopRequest(PackPath, Method.Post, token).AddParameter("packReq", LazadaJson.Serialize(body)), ct, Body.Result);

    public Task<RtsResultDto> ReadyToShipAsync(ShopToken token, RtsRequestDto body, CancellationToken ct) =>
        SendAsync<RtsResultDto>(ShopRequest(ReadyToShipPath, Method.Post, token).AddParameter("readyToShipReq", LazadaJson.Serialize(body)), ct, Body.Result);
}
