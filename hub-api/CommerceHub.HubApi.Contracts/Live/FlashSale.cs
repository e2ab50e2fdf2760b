namespace CommerceHub.HubApi.Contracts.Live;

/// <summary>Where a flash sale stands.</summary>
public enum FlashSaleStatus
{
    /// <summary>Announced; the countdown runs until <see cref="FlashSaleState.StartsAt"/>. Stock is already reserved.</summary>
    Countdown,

    /// <summary>Selling at the sale price until <see cref="FlashSaleState.EndsAt"/>.</summary>
    Running,

    /// <summary>Over (time up, ended by the host, or the session ended); unsold units went back to the pool.</summary>
    Ended,
}

/// <summary>One product of a flash sale request.</summary>
/// <param name="Sku">A SKU of the session's lineup.</param>
/// <param name="Quantity">Units to set aside for the sale (1 or more; at most what the pool has available).</param>
/// <param name="SalePrice">Price during the sale, in the session's currency (more than 0).</param>
public sealed record FlashSaleItemRequest(string Sku, int Quantity, decimal SalePrice);

/// <summary>Starts a flash sale the way TikTok LIVE does.</summary>
/// <param name="CountdownSeconds">Countdown before the sale opens: 10–300 seconds.</param>
/// <param name="DurationMinutes">How long the sale runs once open: 1–20 minutes.</param>
/// <param name="Items">1–100 lineup products, each at most once.</param>
public sealed record StartFlashSaleRequest(int CountdownSeconds, int DurationMinutes, IReadOnlyList<FlashSaleItemRequest> Items);

/// <summary>One product of a flash sale and how it is selling.</summary>
/// <param name="Sku">The merchant SKU.</param>
/// <param name="SalePrice">Price during the sale, in the session's currency.</param>
/// <param name="Allocated">Units set aside for the sale.</param>
/// <param name="Sold">Units sold from the allocation.</param>
/// <param name="Remaining">Allocated minus sold while the sale lasts; 0 once it ended (the rest went back).</param>
public sealed record FlashSaleItemState(string Sku, decimal SalePrice, int Allocated, int Sold, int Remaining);

/// <summary>A flash sale, with its countdown and end time.</summary>
/// <param name="FlashSaleId">The sale's id.</param>
/// <param name="SessionId">The session it runs in.</param>
/// <param name="Status">Countdown, Running or Ended, as of <paramref name="At"/>.</param>
/// <param name="StartsAt">When the countdown ends and the sale opens.</param>
/// <param name="EndsAt">When the sale closes (planned; earlier if ended by hand).</param>
/// <param name="EndedAt">When it actually ended, once it has.</param>
/// <param name="Items">The products on sale.</param>
/// <param name="At">When this state was computed.</param>
public sealed record FlashSaleState(
    Guid FlashSaleId,
    Guid SessionId,
    FlashSaleStatus Status,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    DateTimeOffset? EndedAt,
    IReadOnlyList<FlashSaleItemState> Items,
    DateTimeOffset At);
