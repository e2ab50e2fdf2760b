namespace CommerceHub.HubApi.Contracts.Live;

/// <summary>
/// What the hub pushes to live consoles and overlays over SignalR (<see cref="LiveGroups.HubPath"/>). Session-scoped
/// messages go to <see cref="LiveGroups.Session"/>; a console receives them after <see cref="ILiveHub.JoinSession"/>.
/// </summary>
public interface ILiveClient
{
    /// <summary>The whole state of a session: sent on join and whenever its status, lineup or pin changes.</summary>
    Task SessionState(LiveSessionState state);

    /// <summary>A lineup SKU's stock changed: the shared pool over every channel and warehouse.</summary>
    Task StockChanged(LiveStock stock);

    /// <summary>An order on one of the session's channels containing a lineup SKU (imported or refused).</summary>
    Task OrderTicker(LiveOrderTick tick);

    /// <summary>The session's running totals after an order.</summary>
    Task CountersChanged(LiveCounters counters);

    /// <summary>The host pinned another product (or unpinned: <see cref="LivePin.Sku"/> null).</summary>
    Task ProductPinned(LivePin pin);

    /// <summary>A flash sale was scheduled, started, sold some units or ended.</summary>
    Task FlashSaleChanged(FlashSaleState sale);

    /// <summary>Something the host must see now: low stock, sold out, a reservation refused.</summary>
    Task Alert(LiveAlert alert);
}
