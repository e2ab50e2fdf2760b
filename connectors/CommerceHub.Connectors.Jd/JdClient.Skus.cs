using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Jd.Dtos;
using A = CommerceHub.Connectors.Jd.JdConnectorAssumptions;

namespace CommerceHub.Connectors.Jd;

internal sealed partial class JdClient
{
    public Task<SkuSearchResponse> SearchSkusAsync(ShopToken token, int pageNo, int pageSize, CancellationToken ct) =>
        SendAsync<SkuSearchResponse>(Call(A.SearchSkus, token, new() { ["pageNo"] = Invariant(pageNo), ["pageSize"] = Invariant(pageSize) }), ct);

    /// <summary>stockNum is absolute, so a repeated call is harmless.</summary>
    public Task<WriteResponse> UpdateStockAsync(ShopToken token, long skuId, int stock, CancellationToken ct) =>
        SendAsync<WriteResponse>(Call(A.UpdateStock, token, new() { ["skuId"] = Invariant(skuId), ["stockNum"] = Invariant(stock) }), ct);

    public Task<WriteResponse> UpdatePriceAsync(ShopToken token, long skuId, string jdPrice, CancellationToken ct) =>
        SendAsync<WriteResponse>(Call(A.UpdatePrice, token, new() { ["skuId"] = Invariant(skuId), ["jdPrice"] = jdPrice }), ct);
}
