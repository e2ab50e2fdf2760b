using System.Runtime.CompilerServices;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Lazada.Dtos;

namespace CommerceHub.Connectors.Lazada;

public sealed partial class LazadaConnector
{
    private const int ProductPageSize = 50;

    // /products/get refuses offsets above 10000.
    private const int MaxProductOffset = 10_000;

    public async IAsyncEnumerable<MarketplaceItem> ListItemsAsync(ShopRef shop, ItemQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Check(shop);
        var currency = Currency(shop);
        var filter = query.IncludeDelisted ? "all" : "live";
        await foreach (var product in ProductsAsync(shop, filter, query.UpdatedFrom, null, cancellationToken))
        {
            yield return mapper.Map<MarketplaceItem>(new LazadaItemSource(shop, product, currency));
        }
    }

    private async IAsyncEnumerable<ProductDto> ProductsAsync(
        ShopRef shop, string filter, DateTimeOffset? updateAfter, IReadOnlyList<string>? sellerSkus, [EnumeratorCancellation] CancellationToken ct)
    {
        for (var offset = 0; offset <= MaxProductOffset; offset += ProductPageSize)
        {
            var at = offset;
            var page = await RunAsync(shop, LazadaClient.ProductsPath, idempotent: true,
                (token, c) => client.GetProductsAsync(token, filter, at, ProductPageSize, updateAfter, sellerSkus, c), ct);
            foreach (var product in page.Products ?? [])
            {
                yield return product;
            }

            if ((page.Products?.Count ?? 0) < ProductPageSize || offset + ProductPageSize >= page.TotalProducts)
            {
                yield break;
            }
        }
    }
}
