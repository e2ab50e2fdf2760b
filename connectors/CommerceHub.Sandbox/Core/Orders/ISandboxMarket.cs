namespace CommerceHub.Sandbox.Core.Orders;

public sealed record SellableSku(string ItemId, string? ModelId, int Stock);

/// <summary>
/// What the shared admin API and the order scenario driver need from a platform's catalog and order book.
/// Placing an order must take stock atomically per SKU: a burst can never sell more than the seller published.
/// Every new order and every status change must trigger the platform's push.
/// </summary>
public interface ISandboxMarket
{
    /// <summary>The platform's own happy path, first status first (e.g. Shopee UNPAID … COMPLETED).</summary>
    IReadOnlyList<string> StatusFlow { get; }

    IReadOnlyList<SellableSku> Sellable(string shopId);

    /// <summary>Creates a buyer's order; null when the SKU no longer has the stock.</summary>
    string? TryPlaceOrder(string shopId, SellableSku sku, int quantity);

    /// <summary>Moves an order one step to <paramref name="status"/>; false if the platform does not allow that move.</summary>
    bool TryMoveOrder(string shopId, string orderId, string status);

    string? OrderStatus(string shopId, string orderId);

    /// <summary>Everything about a shop as JSON-ready data: items, variants, stock, prices, orders.</summary>
    object? InspectShop(string shopId);

    /// <summary>Puts stock aside for a campaign; false if the SKU lacks it.</summary>
    bool LockCampaignStock(string shopId, string itemId, string? modelId, int quantity);

    /// <summary>The campaign ended: what it did not sell comes back (Shopee returns it to seller stock).</summary>
    void ReturnCampaignStock(string shopId, string itemId, string? modelId, int quantity);
}
