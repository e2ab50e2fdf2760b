using CommerceHub.HubApi.Contracts.Realtime;
using CommerceHub.HubApi.Contracts.Stock;
using CommerceHub.Inventory.Events;
using Microsoft.AspNetCore.SignalR;

namespace CommerceHub.HubApi.Realtime;

/// <summary>
/// Sends each stock event raised in this process to the merchant's SignalR group. Forwarding in-process (rather than
/// from a Redis subscription on every node) means each event is sent once; the backplane then reaches every node.
/// </summary>
public sealed partial class StockEventForwarder(IHubContext<MerchantHub, IMerchantClient> hub, ILogger<StockEventForwarder> logger)
    : IStockEventObserver
{
    public void OnStockEvent(StockEvent stockEvent) =>
        _ = SendAsync(stockEvent);

    private async Task SendAsync(StockEvent stockEvent)
    {
        try
        {
            await hub.Clients.Group(MerchantGroups.Merchant(stockEvent.MerchantId)).StockChanged(stockEvent);
        }
        catch (Exception exception)
        {
            // A live view misses one update and catches up on the next; the ledger itself is unaffected.
            LogForwardFailed(logger, exception, stockEvent.Sku);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not push a stock event for {Sku} to SignalR")]
    private static partial void LogForwardFailed(ILogger logger, Exception exception, string sku);
}
