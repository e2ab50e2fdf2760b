namespace CommerceHub.HubApi.Contracts.Live;

/// <summary>
/// The methods a console may call on the hub (<see cref="LiveGroups.HubPath"/>), by these names. Callers need the
/// Host or MerchantAdmin role of the session's merchant; a session of another merchant is refused with a
/// <c>HubException</c> ("session not found"), exactly as a session that does not exist.
/// </summary>
public interface ILiveHub
{
    /// <summary>Adds the connection to the session's group and returns the session's current state.</summary>
    /// <param name="sessionId">The session to watch.</param>
    Task<LiveSessionState> JoinSession(Guid sessionId);

    /// <summary>Removes the connection from the session's group.</summary>
    /// <param name="sessionId">The session to stop watching.</param>
    Task LeaveSession(Guid sessionId);

    /// <summary>Pins a lineup product (the one being shown), or unpins with a null SKU. Only while the session is live.</summary>
    /// <param name="sessionId">The live session.</param>
    /// <param name="sku">A SKU of the session's lineup, or null to unpin.</param>
    Task<LivePin> PinProduct(Guid sessionId, string? sku);

    /// <summary>
    /// Starts a flash sale: after a countdown of 10–300 s it runs 1–20 minutes, on up to 100 lineup products; its stock is
    /// reserved from the shared pool at once, so no channel can sell those units elsewhere. Only one sale at a time.
    /// </summary>
    /// <param name="sessionId">The live session.</param>
    /// <param name="request">Countdown, duration and products.</param>
    Task<FlashSaleState> StartFlashSale(Guid sessionId, StartFlashSaleRequest request);

    /// <summary>Ends the session's flash sale now; its unsold units go back to the pool.</summary>
    /// <param name="sessionId">The live session.</param>
    /// <param name="flashSaleId">The sale to end.</param>
    Task<FlashSaleState> EndFlashSale(Guid sessionId, Guid flashSaleId);
}
