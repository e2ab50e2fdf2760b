using System.Text.Json;
using System.Threading.Channels;
using CommerceHub.HubApi.Contracts.Stock;
using CommerceHub.Inventory.Ledger;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CommerceHub.Inventory.Events;

/// <summary>Something in this process that reacts to stock movements; must return at once.</summary>
public interface IStockEventObserver
{
    void OnStockEvent(StockEvent stockEvent);
}

/// <summary>
/// Publishes stock events on Redis pub/sub in order, batched: events queue in memory and one loop sends whatever has
/// queued as a single JSON array message. Under light load that is one event per message at once; under a burst,
/// one PUBLISH carries many, so the reservations never wait on pub/sub and Redis is not spent on a PUBLISH per unit.
/// In-process observers are told at once, event by event.
/// </summary>
public sealed class StockEventPublisher : IAsyncDisposable
{
    private const int MaxBatch = 256;
    private readonly ISubscriber _subscriber;
    private readonly IStockEventObserver[] _observers;
    private readonly IOptions<InventoryOptions> _options;
    private readonly Channel<StockEvent> _queue = Channel.CreateUnbounded<StockEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _sender;

    public StockEventPublisher(IConnectionMultiplexer redis, IEnumerable<IStockEventObserver> observers, IOptions<InventoryOptions> options)
    {
        _subscriber = redis.GetSubscriber();
        _observers = [.. observers];
        _options = options;
        _sender = Task.Run(SendLoopAsync);
    }

    public void Publish(Guid merchantId, StockEventKind kind, long sequence, string? reservationId,
        IReadOnlyList<StockMovementLine> lines, DateTimeOffset at)
    {
        var threshold = _options.Value.LowStockThreshold;
        foreach (var l in lines)
        {
            if (l.OnHandDelta == 0 && l.ReservedDelta == 0)
            {
                continue;
            }

            var e = new StockEvent(merchantId, l.Sku, l.Warehouse, kind, l.OnHand, l.Reserved, l.OnHand - l.Reserved,
                l.TotalOnHand, l.TotalReserved, l.TotalOnHand - l.TotalReserved, sequence, reservationId, at);
            Send(e);

            // Only crossings are announced, so a busy SKU does not flood subscribers with Low on every sale.
            var after = e.TotalAvailable;
            var before = after - l.OnHandDelta + l.ReservedDelta;
            if (after <= 0 && before > 0)
            {
                Send(e with { Kind = StockEventKind.SoldOut });
            }
            else if (after > 0 && after < threshold && before >= threshold)
            {
                Send(e with { Kind = StockEventKind.Low });
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _sender;
    }

    private void Send(StockEvent e)
    {
        _queue.Writer.TryWrite(e);
        foreach (var observer in _observers)
        {
            observer.OnStockEvent(e);
        }
    }

    private async Task SendLoopAsync()
    {
        var batch = new List<StockEvent>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var e))
            {
                batch.Add(e);
            }

            var payload = JsonSerializer.SerializeToUtf8Bytes(batch, InventoryJsonContext.Default.ListStockEvent);
            try
            {
                await _subscriber.PublishAsync(RedisKeys.StockEvents, payload, CommandFlags.FireAndForget);
            }
            catch (RedisException)
            {
                // Subscribers miss this batch and catch up on the next event; the ledger itself is unaffected.
            }

            batch.Clear();
        }
    }
}
