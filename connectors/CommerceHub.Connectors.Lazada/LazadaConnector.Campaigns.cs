using System.Runtime.CompilerServices;
using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.Lazada;

/// <summary>
/// Campaign locks: Lazada keeps the locked units inside the SKU's quantity and refuses a quantity below them, and
/// /products/get shows them per warehouse as <c>multiWarehouseInventories[].withholdQuantity</c>.
/// </summary>
public sealed partial class LazadaConnector : ILockedStockSource
{
    public bool LockCountedInStock => true;

    public async IAsyncEnumerable<LockedStock> ListLockedStockAsync(ShopRef shop, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Check(shop);
        await foreach (var product in ProductsAsync(shop, "live", null, null, cancellationToken))
        {
            foreach (var sku in product.Skus ?? [])
            {
                var locked = (sku.MultiWarehouseInventories ?? []).Sum(w => w.WithholdQuantity);
                if (locked > 0)
                {
                    yield return new LockedStock(Text(product.ItemId), Text(sku.SkuId), locked);
                }
            }
        }
    }
}
