using System.Globalization;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Orders;
using CommerceHub.Sandbox.Platforms.Tiki.Catalog;
using CommerceHub.Sandbox.Platforms.Tiki.Events;
using CommerceHub.Sandbox.Platforms.Tiki.Orders;

namespace CommerceHub.Sandbox.Platforms.Tiki;

/// <summary>Tiki's side of the shared admin API and scenario driver. A sellable SKU is a product (ModelId is always null).</summary>
internal sealed class TikiMarket(TikiCatalog catalog, TikiOrderBook orders, TikiEventHub events, AppRegistry registry) : ISandboxMarket
{
    public IReadOnlyList<string> StatusFlow => TikiAssumptions.HappyPath;

    public IReadOnlyList<SellableSku> Sellable(string shopId) =>
        catalog.Seller(shopId) is { } book
            ? [.. catalog.Settle(book).Products.Values.Select(p => { lock (p.Gate) { return p.Active ? new SellableSku(Text(p.ProductId), null, p.Available) : null; } }).OfType<SellableSku>()]
            : [];

    public string? TryPlaceOrder(string shopId, SellableSku sku, int quantity) =>
        long.TryParse(sku.ItemId, NumberStyles.None, CultureInfo.InvariantCulture, out var productId) ? orders.Place(shopId, productId, quantity)?.Code : null;

    public bool TryMoveOrder(string shopId, string orderId, string status) => orders.Move(shopId, orderId, status.ToLowerInvariant());

    public string? OrderStatus(string shopId, string orderId)
    {
        if (orders.Find(shopId, orderId) is not { } order)
        {
            return null;
        }

        lock (order.Gate)
        {
            return order.Status;
        }
    }

    public object? InspectShop(string shopId)
    {
        if (catalog.Seller(shopId) is not { } book)
        {
            return null;
        }

        catalog.Settle(book);
        return new
        {
            Seller = registry.FindShop(shopId),
            Products = book.Products.Values.OrderBy(p => p.ProductId).Select(p => { lock (p.Gate) { return TikiProductViews.Product(p, withInventory: true); } }).ToList(),
            Orders = book.Orders.Values.OrderBy(o => o.Id).Select(TikiOrderViews.Detail).ToList(),
            Queues = events.Queues.Select(TikiEventEndpoints.Inspect).ToList(),
        };
    }

    public bool LockCampaignStock(string shopId, string itemId, string? modelId, int quantity) =>
        WithProduct(shopId, itemId, product =>
        {
            if (!product.TryTake(quantity))
            {
                return false;
            }

            product.Reserved += quantity;
            return true;
        });

    public void ReturnCampaignStock(string shopId, string itemId, string? modelId, int quantity) =>
        WithProduct(shopId, itemId, product =>
        {
            product.Reserved = Math.Max(0, product.Reserved - quantity);
            product.Give(quantity);
            return true;
        });

    private bool WithProduct(string shopId, string itemId, Func<TikiProduct, bool> action)
    {
        if (catalog.Seller(shopId) is not { } book || !long.TryParse(itemId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || catalog.Find(book, id, null) is not { } product)
        {
            return false;
        }

        lock (product.Gate)
        {
            return action(product);
        }
    }

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);
}
