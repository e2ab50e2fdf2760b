using System.Runtime.CompilerServices;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Shopee.Dtos;

namespace CommerceHub.Connectors.Shopee;

public sealed partial class ShopeeConnector
{
    private static readonly string[] ListedStatuses = ["NORMAL"];

    public async IAsyncEnumerable<MarketplaceItem> ListItemsAsync(
        ShopRef shop, ItemQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Check(shop);
        var statuses = query.IncludeDelisted ? [] : ListedStatuses;
        await foreach (var page in ItemPagesAsync(shop, statuses, query.UpdatedFrom?.ToUnixTimeSeconds(), cancellationToken))
        {
            foreach (var item in page)
            {
                var models = item.HasModel ? await ModelsAsync(shop, item.ItemId, cancellationToken) : [];
                yield return mapper.Map<MarketplaceItem>(new ShopeeItemSource(shop, item, models));
            }
        }
    }

    /// <summary>get_item_list pages (offset paging, 100 a page) with their base info (50 ids a call).</summary>
    private async IAsyncEnumerable<IReadOnlyList<ItemBaseInfoDto>> ItemPagesAsync(
        ShopRef shop, IReadOnlyList<string> statuses, long? updateFrom, [EnumeratorCancellation] CancellationToken ct)
    {
        var offset = 0;
        while (true)
        {
            var at = offset;
            var page = await RunAsync(shop, ShopeeClient.ItemListPath, idempotent: true,
                (token, c) => client.GetItemListAsync(token, at, ItemPageSize, statuses, updateFrom, c), ct);
            var ids = (page.Item ?? []).Select(i => i.ItemId).ToList();
            var details = new List<ItemBaseInfoDto>(ids.Count);
            foreach (var chunk in ids.Chunk(MaxBaseInfoIds))
            {
                var info = await RunAsync(shop, ShopeeClient.ItemBaseInfoPath, idempotent: true, (token, c) => client.GetItemBaseInfoAsync(token, chunk, c), ct);
                details.AddRange(info.ItemList);
            }

            yield return details;
            if (!page.HasNextPage || page.NextOffset <= offset)
            {
                yield break;
            }

            offset = page.NextOffset;
        }
    }
}
