using System.Runtime.CompilerServices;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Douyin.Dtos;

namespace CommerceHub.Connectors.Douyin;

public sealed partial class DouyinConnector
{
    /// <summary>product.listV2 pages (from 1), then sku.list per product for prices (fen) and stock.</summary>
    public async IAsyncEnumerable<MarketplaceItem> ListItemsAsync(
        ShopRef shop, ItemQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var size = client.Options.PageSize;
        for (var page = 1; ; page++)
        {
            var request = new ProductListRequest(page, size, query.UpdatedFrom?.ToUnixTimeSeconds());
            var data = await RunAsync(shop, DouyinClient.ProductList, idempotent: true, (token, ct) => client.ListProductsAsync(token, request, ct), cancellationToken);
            var products = data.Data ?? [];
            foreach (var product in products.Where(p => query.IncludeDelisted || DouyinStatuses.ToListing(p.Status) == ListingStatus.Listed))
            {
                var skus = await RunAsync(shop, DouyinClient.SkuList, idempotent: true, (token, ct) => client.ListSkusAsync(token, product.ProductId, ct), cancellationToken);
                yield return mapper.Map<MarketplaceItem>(new DouyinItemSource(shop, product, skus));
            }

            if (products.Count < size || (long)page * size >= data.Total)
            {
                yield break;
            }
        }
    }
}
