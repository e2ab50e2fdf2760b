using System.Globalization;
using CommerceHub.Connectors.Tiki.Dtos;
using RestSharp;

namespace CommerceHub.Connectors.Tiki;

internal sealed partial class TikiClient
{
    public const string UpdateSkuPath = "/integration/v2/products/updateSku";
    public const string UpdateSkusPath = "/integration/v2.1/products/updateSkus";
    public const string CreateRequestPath = "/integration/v2.1/requests";
    public const string RequestPath = "/integration/v2/requests/{trackId}";
    public const string ProductsPath = "/integration/v2/products";

    public Task<UpdateSkuResponse> UpdateSkuAsync(string token, UpdateSkuRequest body, CancellationToken ct) =>
        SendAsync<UpdateSkuResponse>(WithBody(Bearer(UpdateSkuPath, Method.Put, token), body), ct);

    public Task<UpdateSkusResponse> UpdateSkusAsync(string token, UpdateSkusRequest body, CancellationToken ct) =>
        SendAsync<UpdateSkusResponse>(WithBody(Bearer(UpdateSkusPath, Method.Put, token), body), ct);

    public Task<ProductRequestCreated> CreateProductRequestAsync(string token, CreateProductRequest body, CancellationToken ct) =>
        SendAsync<ProductRequestCreated>(WithBody(Bearer(CreateRequestPath, Method.Post, token), body), ct);

    public Task<ProductRequestDto> GetProductRequestAsync(string token, string trackId, CancellationToken ct) =>
        SendAsync<ProductRequestDto>(Bearer(RequestPath, Method.Get, token).AddUrlSegment("trackId", trackId), ct);

    public Task<ProductPage> GetProductsAsync(string token, int page, int limit, DateTimeOffset? updatedFrom, bool? active, CancellationToken ct)
    {
        var request = Bearer(ProductsPath, Method.Get, token)
            .AddQueryParameter("page", page.ToString(CultureInfo.InvariantCulture))
            .AddQueryParameter("limit", limit.ToString(CultureInfo.InvariantCulture))
            .AddQueryParameter("include", "inventory");
        if (updatedFrom is { } from)
        {
            request.AddQueryParameter("updated_from_date", TikiJson.Date(from));
        }

        if (active is { } isActive)
        {
            request.AddQueryParameter("active", isActive ? "1" : "0");
        }

        return SendAsync<ProductPage>(request, ct);
    }
}
