using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Douyin.Dtos;

namespace CommerceHub.Connectors.Douyin;

internal sealed partial class DouyinClient
{
    public const string TokenCreate = "token.create";
    public const string TokenRefresh = "token.refresh";
    public const string ProductList = "product.listV2";
    public const string SkuList = "sku.list";
    public const string SyncStockBatch = "sku.syncStockBatch";
    public const string EditPrice = "sku.editPrice";
    public const string OrderSearch = "order.searchList";
    public const string OrderDetail = "order.orderDetail";
    public const string LogisticsAdd = "order.logisticsAdd";

    /// <summary>The service market's authorization link; Douyin sends the seller back with code and state.</summary>
    public Uri AuthorizationUrl(Uri redirect, string? state)
    {
        var query = $"service_id={Uri.EscapeDataString(Options.ServiceId)}&state={Uri.EscapeDataString(state ?? "")}&redirect_uri={Uri.EscapeDataString(redirect.ToString())}";
        return new UriBuilder(Options.AuthorizeUrl) { Query = query }.Uri;
    }

    public Task<TokenData> CreateTokenAsync(string code, CancellationToken ct) =>
        SendAsync<TokenData>(TokenCreate, new TokenCreateRequest(code, "authorization_code"), null, ct);

    public Task<TokenData> RefreshTokenAsync(string refreshToken, CancellationToken ct) =>
        SendAsync<TokenData>(TokenRefresh, new TokenRefreshRequest(refreshToken, "refresh_token"), null, ct);

    public Task<ProductListData> ListProductsAsync(ShopToken token, ProductListRequest request, CancellationToken ct) =>
        SendAsync<ProductListData>(ProductList, request, token, ct);

    public Task<List<SkuDto>> ListSkusAsync(ShopToken token, long productId, CancellationToken ct) =>
        SendAsync<List<SkuDto>>(SkuList, new SkuListRequest(productId), token, ct);

    public Task<EmptyData> SyncStockBatchAsync(ShopToken token, SyncStockBatchRequest request, CancellationToken ct) =>
        SendAsync<EmptyData>(SyncStockBatch, request, token, ct);

    public Task<EmptyData> EditPriceAsync(ShopToken token, EditPriceRequest request, CancellationToken ct) =>
        SendAsync<EmptyData>(EditPrice, request, token, ct);

    public Task<OrderSearchData> SearchOrdersAsync(ShopToken token, OrderSearchRequest request, CancellationToken ct) =>
        SendAsync<OrderSearchData>(OrderSearch, request, token, ct);

    public Task<OrderDetailData> GetOrderAsync(ShopToken token, string shopOrderId, CancellationToken ct) =>
        SendAsync<OrderDetailData>(OrderDetail, new OrderDetailRequest(shopOrderId), token, ct);

    public Task<EmptyData> AddLogisticsAsync(ShopToken token, LogisticsAddRequest request, CancellationToken ct) =>
        SendAsync<EmptyData>(LogisticsAdd, request, token, ct);
}
