using System.Runtime.CompilerServices;
using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.Shopee;

/// <summary>
/// Promotion stock: Shopee moves the units a promotion reserves out of the seller stock into
/// <c>stock_info_v2.summary_info.total_reserved_stock</c> and hands back what is unsold when it ends, so the seller
/// stock the hub sets is what is left beside the promotion.
/// </summary>
public sealed partial class ShopeeConnector : ILockedStockSource
{
    public bool LockCountedInStock => false;

    public async IAsyncEnumerable<LockedStock> ListLockedStockAsync(ShopRef shop, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Check(shop);
        await foreach (var page in ItemPagesAsync(shop, ListedStatuses, null, cancellationToken))
        {
            foreach (var item in page)
            {
                if (!item.HasModel)
                {
                    if (item.StockInfoV2?.SummaryInfo.TotalReservedStock is > 0 and var reserved)
                    {
                        yield return new LockedStock(Text(item.ItemId), null, reserved);
                    }

                    continue;
                }

                foreach (var model in await ModelsAsync(shop, item.ItemId, cancellationToken))
                {
                    if (model.StockInfoV2.SummaryInfo.TotalReservedStock is > 0 and var reserved)
                    {
                        yield return new LockedStock(Text(item.ItemId), Text(model.ModelId), reserved);
                    }
                }
            }
        }
    }
}
