using System.Globalization;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Shopee.Dtos;
using RestSharp;

namespace CommerceHub.Connectors.Shopee;

internal sealed partial class ShopeeClient
{
    public const string OrderListPath = "/api/v2/order/get_order_list";
    public const string OrderDetailPath = "/api/v2/order/get_order_detail";
    public const string ShippingParameterPath = "/api/v2/logistics/get_shipping_parameter";
    public const string ShipOrderPath = "/api/v2/logistics/ship_order";
    public const string TrackingNumberPath = "/api/v2/logistics/get_tracking_number";

    private const string DetailFields = "item_list,recipient_address,total_amount,pay_time";

    public Task<OrderListResponse> GetOrderListAsync(ShopToken token, long from, long to, string cursor, int pageSize, CancellationToken ct) =>
        SendAsync<OrderListResponse>(
            ShopRequest(OrderListPath, Method.Get, token)
                .AddQueryParameter("time_range_field", "update_time")
                .AddQueryParameter("time_from", from.ToString(CultureInfo.InvariantCulture))
                .AddQueryParameter("time_to", to.ToString(CultureInfo.InvariantCulture))
                .AddQueryParameter("page_size", pageSize.ToString(CultureInfo.InvariantCulture))
                .AddQueryParameter("cursor", cursor)
                .AddQueryParameter("request_order_status_pending", "true")
                .AddQueryParameter("response_optional_fields", "order_status"),
            ct);

    public Task<OrderDetailResponse> GetOrderDetailAsync(ShopToken token, IReadOnlyList<string> orderSns, CancellationToken ct) =>
        SendAsync<OrderDetailResponse>(
            ShopRequest(OrderDetailPath, Method.Get, token)
                .AddQueryParameter("order_sn_list", string.Join(',', orderSns))
                .AddQueryParameter("response_optional_fields", DetailFields),
            ct);

    public Task<ShippingParameterResponse> GetShippingParameterAsync(ShopToken token, string orderSn, CancellationToken ct) =>
        SendAsync<ShippingParameterResponse>(ShopRequest(ShippingParameterPath, Method.Get, token).AddQueryParameter("order_sn", orderSn), ct);

    public Task<EmptyResponse> ShipOrderAsync(ShopToken token, ShipOrderRequest body, CancellationToken ct) =>
        SendAsync<EmptyResponse>(WithBody(ShopRequest(ShipOrderPath, Method.Post, token), body), ct);

    public Task<TrackingNumberResponse> GetTrackingNumberAsync(ShopToken token, string orderSn, CancellationToken ct) =>
        SendAsync<TrackingNumberResponse>(ShopRequest(TrackingNumberPath, Method.Get, token).AddQueryParameter("order_sn", orderSn), ct);
}
