using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.TikTok.Dtos;
using RestSharp;

namespace CommerceHub.Connectors.TikTok;

internal sealed partial class TikTokClient
{
    public const string OrderSearchApi = "/order/202309/orders/search";
    public const string OrderDetailApi = "/order/202309/orders";
    public const string ShipPackageApi = "/fulfillment/202309/packages/{package_id}/ship";

    public static string ShipPackagePath(string packageId) => ShipPackageApi.Replace("{package_id}", Uri.EscapeDataString(packageId), StringComparison.Ordinal);

    /// <summary>Paging in the query, filters in the body; oldest update first so a resumed sync moves forward.</summary>
    public Task<OrderSearchData> SearchOrdersAsync(ShopToken token, string cipher, string? pageToken, OrderSearchRequest filter, CancellationToken ct)
    {
        var request = ShopRequest(OrderSearchApi, Method.Post, token, cipher)
            .AddQueryParameter("page_size", Number(Options.PageSize))
            .AddQueryParameter("sort_field", "update_time")
            .AddQueryParameter("sort_order", "ASC");
        if (!string.IsNullOrEmpty(pageToken))
        {
            request.AddQueryParameter("page_token", pageToken);
        }

        return SendAsync<OrderSearchData>(WithBody(request, filter), OrderSearchApi, ct);
    }

    public Task<OrderDetailData> GetOrdersAsync(ShopToken token, string cipher, IReadOnlyList<string> ids, CancellationToken ct) =>
        SendAsync<OrderDetailData>(ShopRequest(OrderDetailApi, Method.Get, token, cipher).AddQueryParameter("ids", string.Join(',', ids)), OrderDetailApi, ct);

    public Task<EmptyData> ShipPackageAsync(ShopToken token, string cipher, string packageId, ShipPackageRequest body, CancellationToken ct) =>
        SendAsync<EmptyData>(WithBody(ShopRequest(ShipPackagePath(packageId), Method.Post, token, cipher), body), ShipPackageApi, ct);
}
