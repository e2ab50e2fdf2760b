using System.Text.Json;
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
/// Publishes stock events on Redis pub/sub without waiting (fire-and-forget): a lost event costs a subscriber one
/// refresh, while waiting would put a round trip on every reservation.
/// </summary>
public sealed class StockEventPublisher(
    IConnectionMultiplexer redis,
    IEnumerable<IStockEventObserver> observers,
    IOptions<InventoryOptions> options)
{
    private readonly ISubscriber _subscriber = redis.GetSubscriber();
    private readonly IStockEventObserver[] _observers = [.. observers];

    public void Publish(Guid merchantId, StockEventKind kind, long sequence, string? reservationId,
        IReadOnlyList<StockMovementLine> lines, DateTimeOffset at)
    {
        var threshold = options.Value.LowStockThreshold;
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

    private void Send(StockEvent e)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(e, InventoryJsonContext.Default.StockEvent);
        _subscriber.Publish(RedisKeys.StockEvents, payload, CommandFlags.FireAndForget);
        foreach (var observer in _observers)
        {
            observer.OnStockEvent(e);
        }
    }
}
