namespace CommerceHub.HubApi.Contracts.Live;

/// <summary>Where a live session stands.</summary>
public enum LiveSessionStatus
{
    /// <summary>Planned; not started yet.</summary>
    Scheduled,

    /// <summary>Streaming now: pins, flash sales and counters are live.</summary>
    Live,

    /// <summary>Over; its summary is final.</summary>
    Ended,
}

/// <summary>A channel the session streams on (one of the merchant's sales channels).</summary>
/// <param name="Code">The hub's sales-channel code, as in order and stock events.</param>
/// <param name="Name">The channel's display name.</param>
/// <param name="Marketplace">The platform code, e.g. <c>tiktok</c>, <c>shopee</c>, <c>douyin</c>.</param>
public sealed record LiveChannel(string Code, string Name, string Marketplace);

/// <summary>A product of the session's lineup.</summary>
/// <param name="Sku">The merchant SKU.</param>
/// <param name="Titles">Product title per language tag (zh-CN always present).</param>
/// <param name="ImageUrl">The product's first image, if any.</param>
/// <param name="PriceCny">The catalog price in CNY.</param>
/// <param name="LivePrice">The price shown on stream, in the session's currency.</param>
/// <param name="Position">Order in the lineup, from 0.</param>
public sealed record LineupItem(
    string Sku,
    IReadOnlyDictionary<string, string> Titles,
    string? ImageUrl,
    decimal PriceCny,
    decimal LivePrice,
    int Position);

/// <summary>A lineup SKU's stock in the shared pool, over every channel and warehouse.</summary>
/// <param name="SessionId">The session it is pushed for.</param>
/// <param name="Sku">The merchant SKU.</param>
/// <param name="OnHand">Units on hand.</param>
/// <param name="Reserved">Units reserved (orders and flash sales).</param>
/// <param name="Available">Units any channel may still sell.</param>
/// <param name="FlashSaleRemaining">Units left in the running flash sale's allocation, or null if the SKU is in none.</param>
/// <param name="At">When the stock was read or moved.</param>
public sealed record LiveStock(
    Guid SessionId,
    string Sku,
    long OnHand,
    long Reserved,
    long Available,
    long? FlashSaleRemaining,
    DateTimeOffset At);

/// <summary>The pinned product of a session.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Sku">The pinned SKU, or null when nothing is pinned.</param>
/// <param name="PinnedAt">When it was pinned or unpinned.</param>
public sealed record LivePin(Guid SessionId, string? Sku, DateTimeOffset PinnedAt);

/// <summary>Everything a console needs to draw a session at once.</summary>
/// <param name="Session">The session as scheduled.</param>
/// <param name="Stock">Stock of every lineup SKU.</param>
/// <param name="Counters">Running totals.</param>
/// <param name="FlashSale">The current or last flash sale, if any.</param>
/// <param name="RecentOrders">The latest orders, newest first (at most 50).</param>
public sealed record LiveSessionState(
    LiveSessionView Session,
    IReadOnlyList<LiveStock> Stock,
    LiveCounters Counters,
    FlashSaleState? FlashSale,
    IReadOnlyList<LiveOrderTick> RecentOrders);
