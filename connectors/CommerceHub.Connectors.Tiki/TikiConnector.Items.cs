using System.Runtime.CompilerServices;
using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.Tiki;

public sealed partial class TikiConnector
{
    private const int ItemPageSize = 100;

    /// <summary>Products with their inventory, page by page; each Tiki variant is a product and comes as its own item.</summary>
    public async IAsyncEnumerable<MarketplaceItem> ListItemsAsync(
        ShopRef shop, ItemQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Check(shop);
        bool? active = query.IncludeDelisted ? null : true;
        var seen = new HashSet<long>();
        for (var page = 1; ; page++)
        {
            var at = page;
            var result = await RunAsync(shop, TikiClient.ProductsPath, idempotent: true,
                (token, ct) => client.GetProductsAsync(token, at, ItemPageSize, query.UpdatedFrom, active, ct), cancellationToken);
            foreach (var product in (result.Data ?? []).Where(p => seen.Add(p.ProductId)))
            {
                yield return mapper.Map<MarketplaceItem>(new TikiItemSource(shop, product));
            }

            if (result.Paging is not { } paging || paging.CurrentPage >= paging.LastPage || result.Data is not { Count: > 0 })
            {
                yield break;
            }
        }
    }
}
