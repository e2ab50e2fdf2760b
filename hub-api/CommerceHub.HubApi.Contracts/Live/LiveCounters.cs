using CommerceHub.HubApi.Contracts.Orders;

namespace CommerceHub.HubApi.Contracts.Live;

/// <summary>An amount of money in one currency.</summary>
/// <param name="Currency">ISO 4217 code.</param>
/// <param name="Amount">The amount.</param>
public sealed record MoneyAmount(string Currency, decimal Amount);

/// <summary>Units sold and left of one lineup SKU during the session.</summary>
/// <param name="Sku">The merchant SKU.</param>
/// <param name="Sold">Units sold on the session's channels since it started.</param>
/// <param name="Remaining">Units any channel may still sell (shared pool).</param>
public sealed record SkuCounter(string Sku, long Sold, long Remaining);

/// <summary>A session's running totals since it started, over all its channels (lineup SKUs only).</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Orders">Orders imported.</param>
/// <param name="UnitsSold">Lineup units sold.</param>
/// <param name="Remaining">Lineup units still available in the shared pool.</param>
/// <param name="Revenue">Revenue of the lineup lines per order currency.</param>
/// <param name="RevenueCny">Revenue of the lineup lines in CNY at the operator's rate of the day.</param>
/// <param name="Products">Per-SKU figures, in lineup order.</param>
/// <param name="At">When the totals were computed.</param>
public sealed record LiveCounters(
    Guid SessionId,
    long Orders,
    long UnitsSold,
    long Remaining,
    IReadOnlyList<MoneyAmount> Revenue,
    decimal RevenueCny,
    IReadOnlyList<SkuCounter> Products,
    DateTimeOffset At);

/// <summary>One entry of the order ticker.</summary>
/// <param name="SessionId">The session it is pushed for.</param>
/// <param name="OrderId">The hub's order id.</param>
/// <param name="Kind">Imported, or ReservationRefused when the stock had gone.</param>
/// <param name="Channel">The hub's sales-channel code.</param>
/// <param name="Marketplace">The platform code.</param>
/// <param name="PlatformOrderId">The order id on the platform.</param>
/// <param name="Currency">ISO 4217 code of the order.</param>
/// <param name="Total">Order total in its currency.</param>
/// <param name="TotalCny">Order total in CNY.</param>
/// <param name="Lines">The order's lines.</param>
/// <param name="At">When the order was imported.</param>
public sealed record LiveOrderTick(
    Guid SessionId,
    Guid OrderId,
    OrderEventKind Kind,
    string Channel,
    string Marketplace,
    string PlatformOrderId,
    string Currency,
    decimal Total,
    decimal TotalCny,
    IReadOnlyList<OrderEventLine> Lines,
    DateTimeOffset At);

/// <summary>What an alert is about.</summary>
public enum LiveAlertKind
{
    /// <summary>A lineup SKU's available stock fell below the low-stock threshold.</summary>
    LowStock,

    /// <summary>A lineup SKU is sold out everywhere: nothing left in the shared pool and no flash-sale units left.</summary>
    SoldOut,

    /// <summary>An order could not reserve its stock: it was sold elsewhere first.</summary>
    ReservationRefused,

    /// <summary>A flash sale's units of a SKU are all claimed while the pool still has some at the regular price.</summary>
    FlashSaleSoldOut,
}

/// <summary>Something the host must see now.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Sku">The SKU concerned, if one.</param>
/// <param name="Channel">The channel concerned, if one.</param>
/// <param name="Message">A short English text for logs; consoles localise from <paramref name="Kind"/>.</param>
/// <param name="At">When it happened.</param>
public sealed record LiveAlert(
    Guid SessionId,
    LiveAlertKind Kind,
    string? Sku,
    string? Channel,
    string Message,
    DateTimeOffset At);
