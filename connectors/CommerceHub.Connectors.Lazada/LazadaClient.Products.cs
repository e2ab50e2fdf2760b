using System.Globalization;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Lazada.Dtos;
using RestSharp;

namespace CommerceHub.Connectors.Lazada;

internal sealed partial class LazadaClient
{
    public const string CreateProductPath = "/product/create";
    public const string UpdateProductPath = "/product/update";
    public const string PriceQuantityPath = "/product/price_quantity/update";
    public const string ProductsPath = "/products/get";

    public Task<CreateProductResponse> CreateProductAsync(ShopToken token, PayloadDto payload, CancellationToken ct) =>
        SendAsync<CreateProductResponse>(ShopRequest(CreateProductPath, Method.Post, token).AddParameter("payload", LazadaJson.Serialize(payload)), ct);

    public Task<EmptyResponse> UpdateProductAsync(ShopToken token, PayloadDto payload, CancellationToken ct) =>
        SendAsync<EmptyResponse>(ShopRequest(UpdateProductPath, Method.Post, token).AddParameter("payload", LazadaJson.Serialize(payload)), ct);

    public Task<EmptyResponse> UpdatePriceQuantityAsync(ShopToken token, IReadOnlyList<PriceQuantitySkuDto> skus, CancellationToken ct)
    {
        var payload = new PriceQuantityPayloadDto(new PriceQuantityRequestDto(new PriceQuantityProductDto(new PriceQuantitySkusDto(skus))));
        return SendAsync<EmptyResponse>(ShopRequest(PriceQuantityPath, Method.Post, token).AddParameter("payload", LazadaJson.Serialize(payload)), ct);
    }

    public Task<ProductsResponse> GetProductsAsync(
        ShopToken token, string filter, int offset, int limit, DateTimeOffset? updateAfter, IReadOnlyList<string>? sellerSkus, CancellationToken ct)
    {
        var request = ShopRequest(ProductsPath, Method.Get, token)
            .AddParameter("filter", filter)
            .AddParameter("offset", offset.ToString(CultureInfo.InvariantCulture))
            .AddParameter("limit", limit.ToString(CultureInfo.InvariantCulture));
        if (updateAfter is { } after)
        {
            request.AddParameter("update_after", Iso(after));
        }

        if (sellerSkus is { Count: > 0 })
        {
            request.AddParameter("sku_seller_list", LazadaJson.Serialize(sellerSkus));
        }

        return SendAsync<ProductsResponse>(request, ct);
    }
}
