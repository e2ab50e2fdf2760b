using System.Runtime.CompilerServices;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Taobao.Dtos;

namespace CommerceHub.Connectors.Taobao;

public sealed partial class TaobaoConnector
{
    /// <summary>
    /// Listed items (items.onsale.get), then delisted ones (items.inventory.get) when asked. Both come newest change
    /// first, so an <see cref="ItemQuery.UpdatedFrom"/> bound stops the paging early. Each item once per enumeration.
    /// </summary>
    public async IAsyncEnumerable<MarketplaceItem> ListItemsAsync(ShopRef shop, ItemQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Check(shop);
        var seen = new HashSet<long>();
        foreach (var onSale in query.IncludeDelisted ? [true, false] : new[] { true })
        {
            await foreach (var item in ItemsAsync(shop, onSale, query.UpdatedFrom, cancellationToken))
            {
                if (seen.Add(item.NumIid))
                {
                    yield return mapper.Map<MarketplaceItem>(new TaobaoItemSource(shop, item));
                }
            }
        }
    }

    private async IAsyncEnumerable<ItemDto> ItemsAsync(ShopRef shop, bool onSale, DateTimeOffset? updatedFrom, [EnumeratorCancellation] CancellationToken ct)
    {
        var size = Options.ItemPageSize;
        var method = onSale ? TaobaoConnectorAssumptions.ItemsOnsale : TaobaoConnectorAssumptions.ItemsInventory;
        for (var pageNo = 1; ; pageNo++)
        {
            var at = pageNo;
            var page = await RunAsync(shop, method, idempotent: true, (token, c) => client.GetItemsAsync(token, onSale, at, size, c), ct);
            var items = page.Items?.Item ?? [];
            foreach (var item in items)
            {
                if (updatedFrom is { } from && item.Modified < from)
                {
                    yield break;
                }

                yield return item;
            }

            if (items.Count < size || pageNo * size >= page.TotalResults)
            {
                yield break;
            }
        }
    }
}
