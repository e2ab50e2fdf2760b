using System.Runtime.CompilerServices;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.TikTok.Dtos;

namespace CommerceHub.Connectors.TikTok;

public sealed partial class TikTokConnector
{
    private const string ActiveStatus = "ACTIVATE";

    public async IAsyncEnumerable<MarketplaceItem> ListItemsAsync(
        ShopRef shop, ItemQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = new ProductSearchRequest(query.IncludeDelisted ? null : ActiveStatus, null, query.UpdatedFrom?.ToUnixTimeSeconds(), null);
        await foreach (var page in ProductPagesAsync(shop, filter, cancellationToken))
        {
            foreach (var product in page)
            {
                yield return mapper.Map<MarketplaceItem>(new TikTokItemSource(shop, product));
            }
        }
    }

    /// <summary>Product search pages; page_token stays in here.</summary>
    private async IAsyncEnumerable<IReadOnlyList<ProductDto>> ProductPagesAsync(
        ShopRef shop, ProductSearchRequest filter, [EnumeratorCancellation] CancellationToken ct)
    {
        string? pageToken = null;
        do
        {
            var at = pageToken;
            var page = await RunAsync(shop, TikTokClient.ProductSearchApi, idempotent: true,
                (token, cipher, c) => client.SearchProductsAsync(token, cipher, at, filter, c), ct);
            yield return page.Products ?? [];
            pageToken = page.NextPageToken;
        }
        while (!string.IsNullOrEmpty(pageToken));
    }
}
