using System.Runtime.CompilerServices;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Jd.Dtos;

namespace CommerceHub.Connectors.Jd;

public sealed partial class JdConnector
{
    /// <summary>
    /// Pages jingdong.sku.read.searchSkuList and groups SKUs by ware: a ware is the listing, its SKUs the variants.
    /// The SKU list carries no change time, so <see cref="ItemQuery.UpdatedFrom"/> cannot narrow it.
    /// </summary>
    public async IAsyncEnumerable<MarketplaceItem> ListItemsAsync(ShopRef shop, ItemQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Check(shop);
        var skus = new Dictionary<long, SkuDto>();
        var size = Options.SkuPageSize;
        for (var pageNo = 1; ; pageNo++)
        {
            var at = pageNo;
            var page = (await RunAsync(shop, JdConnectorAssumptions.SearchSkus, idempotent: true, (token, c) => client.SearchSkusAsync(token, at, size, c), cancellationToken)).Page;
            foreach (var sku in page?.Data ?? [])
            {
                skus.TryAdd(sku.SkuId, sku);
            }

            if ((page?.Data?.Count ?? 0) < size || pageNo * size >= (page?.TotalItem ?? 0))
            {
                break;
            }
        }

        foreach (var ware in skus.Values.Where(s => query.IncludeDelisted || s.Status == 1).GroupBy(s => s.WareId).OrderBy(g => g.Key))
        {
            yield return mapper.Map<MarketplaceItem>(new JdWareSource(shop, ware.Key, [.. ware.OrderBy(s => s.SkuId)]));
        }
    }
}
