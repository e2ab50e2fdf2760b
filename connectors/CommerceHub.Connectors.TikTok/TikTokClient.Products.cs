using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.TikTok.Dtos;
using RestSharp;

namespace CommerceHub.Connectors.TikTok;

internal sealed partial class TikTokClient
{
    // Route patterns name the rate-limit cells: TikTok counts per API, not per product.
    public const string CreateProductApi = "/product/202309/products";
    public const string InventoryApi = "/product/202309/products/{product_id}/inventory/update";
    public const string PricesApi = "/product/202309/products/{product_id}/prices/update";
    public const string ProductSearchApi = "/product/202502/products/search";
    public const string ProductApi = "/product/202309/products/{product_id}";
    public const string PartialEditApi = "/product/202309/products/{product_id}/partial_edit";
    public const string ActivateApi = "/product/202309/products/activate";
    public const string DeactivateApi = "/product/202309/products/deactivate";

    public static string InventoryPath(string productId) => ForProduct(InventoryApi, productId);

    public static string PricesPath(string productId) => ForProduct(PricesApi, productId);

    public Task<ProductDto> GetProductAsync(ShopToken token, string cipher, string productId, CancellationToken ct) =>
        SendAsync<ProductDto>(ShopRequest(ForProduct(ProductApi, productId), Method.Get, token, cipher), ProductApi, ct);

    public Task<CreateProductData> PartialEditAsync(ShopToken token, string cipher, string productId, PartialEditRequest body, CancellationToken ct) =>
        SendAsync<CreateProductData>(WithBody(ShopRequest(ForProduct(PartialEditApi, productId), Method.Post, token, cipher), body), PartialEditApi, ct);

    /// <summary>Activate or deactivate (<paramref name="api"/>); refusals come back per product in the answer.</summary>
    public Task<ProductStatusData> ChangeStatusAsync(ShopToken token, string cipher, string api, IReadOnlyList<string> productIds, CancellationToken ct) =>
        SendAsync<ProductStatusData>(WithBody(ShopRequest(api, Method.Post, token, cipher), new ProductIdsRequest(productIds)), api, ct);

    public Task<CreateProductData> CreateProductAsync(ShopToken token, string cipher, CreateProductRequest body, CancellationToken ct) =>
        SendAsync<CreateProductData>(WithBody(ShopRequest(CreateProductApi, Method.Post, token, cipher), body), CreateProductApi, ct);

    public Task<EmptyData> UpdateInventoryAsync(ShopToken token, string cipher, string productId, InventoryUpdateRequest body, CancellationToken ct) =>
        SendAsync<EmptyData>(WithBody(ShopRequest(InventoryPath(productId), Method.Post, token, cipher), body), InventoryApi, ct);

    public Task<EmptyData> UpdatePricesAsync(ShopToken token, string cipher, string productId, PriceUpdateRequest body, CancellationToken ct) =>
        SendAsync<EmptyData>(WithBody(ShopRequest(PricesPath(productId), Method.Post, token, cipher), body), PricesApi, ct);

    public Task<ProductSearchData> SearchProductsAsync(ShopToken token, string cipher, string? pageToken, ProductSearchRequest filter, CancellationToken ct)
    {
        var request = ShopRequest(ProductSearchApi, Method.Post, token, cipher).AddQueryParameter("page_size", Number(Options.PageSize));
        if (!string.IsNullOrEmpty(pageToken))
        {
            request.AddQueryParameter("page_token", pageToken);
        }

        return SendAsync<ProductSearchData>(WithBody(request, filter), ProductSearchApi, ct);
    }

    private static string ForProduct(string api, string productId) => api.Replace("{product_id}", Uri.EscapeDataString(productId), StringComparison.Ordinal);
}
