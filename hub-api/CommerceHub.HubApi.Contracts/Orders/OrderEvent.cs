namespace CommerceHub.HubApi.Contracts.Orders;

/// <summary>What happened to an imported order.</summary>
public enum OrderEventKind
{
    /// <summary>The order was imported and its stock reserved.</summary>
    Imported,

    /// <summary>The order was imported but its stock could not be reserved (sold elsewhere first); the merchant must act.</summary>
    ReservationRefused,

    /// <summary>The order shipped; its reserved stock left the pool.</summary>
    Shipped,

    /// <summary>The order was cancelled or returned; its stock went back to the pool.</summary>
    Released,
}

/// <summary>One line of an imported order, in the merchant's SKUs.</summary>
/// <param name="Sku">The merchant SKU.</param>
/// <param name="Quantity">Units ordered.</param>
/// <param name="UnitPrice">Price of one unit in the order's currency.</param>
public sealed record OrderEventLine(string Sku, int Quantity, decimal UnitPrice);

/// <summary>
/// An order imported from a marketplace or moved along its lifecycle. Published on the Redis channel
/// <c>ch:events:orders</c> as JSON arrays (one message may carry several events), so that every hub node's live
/// consoles see orders imported on any node.
/// </summary>
/// <param name="MerchantId">The merchant that sold.</param>
/// <param name="OrderId">The hub's order id.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Marketplace">The platform code, e.g. <c>shopee</c>.</param>
/// <param name="ShopId">The platform's shop id.</param>
/// <param name="Channel">The hub's sales-channel code for the shop.</param>
/// <param name="PlatformOrderId">The order id on the platform.</param>
/// <param name="Currency">ISO 4217 code of the order's currency.</param>
/// <param name="Total">Order total in its currency.</param>
/// <param name="TotalCny">Order total in CNY at the operator's rate of the day.</param>
/// <param name="Lines">What was ordered.</param>
/// <param name="At">When the event happened.</param>
public sealed record OrderEvent(
    Guid MerchantId,
    Guid OrderId,
    OrderEventKind Kind,
    string Marketplace,
    string ShopId,
    string Channel,
    string PlatformOrderId,
    string Currency,
    decimal Total,
    decimal TotalCny,
    IReadOnlyList<OrderEventLine> Lines,
    DateTimeOffset At);
