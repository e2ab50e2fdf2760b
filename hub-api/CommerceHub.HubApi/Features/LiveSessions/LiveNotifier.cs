using CommerceHub.HubApi.Contracts.Live;
using Microsoft.AspNetCore.SignalR;

namespace CommerceHub.HubApi.Features.LiveSessions;

/// <summary>
/// Pushes to a session's group through the hub context; with the Redis backplane that reaches the session's consoles
/// on every node. A failed push is logged, never thrown: a console catches up with the next message or a rejoin.
/// </summary>
public sealed partial class LiveNotifier(IHubContext<LiveHub, ILiveClient> hub, ILogger<LiveNotifier> logger)
{
    public Task SessionStateAsync(LiveSessionState state) =>
        SendAsync(state.Session.Id, c => c.SessionState(state));

    public Task StockAsync(LiveStock stock) => SendAsync(stock.SessionId, c => c.StockChanged(stock));

    public Task OrderAsync(LiveOrderTick tick) => SendAsync(tick.SessionId, c => c.OrderTicker(tick));

    public Task CountersAsync(LiveCounters counters) => SendAsync(counters.SessionId, c => c.CountersChanged(counters));

    public Task PinAsync(LivePin pin) => SendAsync(pin.SessionId, c => c.ProductPinned(pin));

    public Task FlashSaleAsync(FlashSaleState sale) => SendAsync(sale.SessionId, c => c.FlashSaleChanged(sale));

    public Task AlertAsync(LiveAlert alert) => SendAsync(alert.SessionId, c => c.Alert(alert));

    private async Task SendAsync(Guid sessionId, Func<ILiveClient, Task> send)
    {
        try
        {
            await send(hub.Clients.Group(LiveGroups.Session(sessionId)));
        }
        catch (Exception exception)
        {
            LogPushFailed(logger, exception, sessionId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not push a live update to session {SessionId}")]
    private static partial void LogPushFailed(ILogger logger, Exception exception, Guid sessionId);
}
