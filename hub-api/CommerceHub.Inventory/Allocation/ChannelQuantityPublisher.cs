using System.Collections.Concurrent;
using CommerceHub.HubApi.Contracts.Stock;
using CommerceHub.Inventory.Events;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CommerceHub.Inventory.Allocation;

/// <summary>
/// Recomputes channel quantities after stock movements made on this node. Movements are coalesced per SKU, so a
/// burst of reservations on one SKU costs one recomputation, not one per reservation.
/// </summary>
public sealed class ChannelQuantityPublisher(ChannelQuantities quantities, ILogger<ChannelQuantityPublisher> logger)
    : BackgroundService, IStockEventObserver
{
    private readonly ConcurrentDictionary<(Guid MerchantId, string Sku), byte> _pending = new();
    private readonly SemaphoreSlim _signal = new(0);

    public void OnStockEvent(StockEvent stockEvent)
    {
        if (stockEvent.Kind is not (StockEventKind.Low or StockEventKind.SoldOut)
            && _pending.TryAdd((stockEvent.MerchantId, stockEvent.Sku), 0))
        {
            _signal.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _signal.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            foreach (var key in _pending.Keys)
            {
                if (!_pending.TryRemove(key, out _))
                {
                    continue;
                }

                try
                {
                    await quantities.PublishChangesAsync(key.MerchantId, key.Sku, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Log.AllocationFailed(logger, e, key.MerchantId, key.Sku);
                }
            }
        }
    }

    public override void Dispose()
    {
        _signal.Dispose();
        base.Dispose();
    }
}
