using CommerceHub.Inventory.Journal;
using StackExchange.Redis;

namespace CommerceHub.Inventory.Ledger;

/// <summary>
/// Why a transfer moved nothing: the source is closed or gone, or holds fewer units of the SKU than asked
/// (<see cref="TransferResult.SourceRemaining"/> says how many).
/// </summary>
public enum TransferRefusal
{
    None,
    SourceClosed,
    InsufficientInSource,
}

/// <summary>Outcome of a transfer; <see cref="Replayed"/> marks a repeated target id answered from the original.</summary>
public sealed record TransferResult(
    bool Success,
    bool Replayed,
    long Sequence,
    IReadOnlyList<ReservedLine> Lines,
    TransferRefusal Refusal,
    long SourceRemaining);

/// <summary>Moves units from one reservation into a new one (a flash sale's stock into an order).</summary>
public sealed record TransferRequest(Guid MerchantId, string FromReservationId, string ToReservationId, string Sku, long Quantity)
{
    public ReservationPurpose Purpose { get; init; } = ReservationPurpose.Order;

    public string? Channel { get; init; }
}

public sealed partial class StockLedger
{
    /// <summary>
    /// Moves <see cref="TransferRequest.Quantity"/> units of a SKU out of an open reservation into a new reservation,
    /// atomically: the units stay reserved throughout, so no other caller can take them in between. All or nothing;
    /// repeating the target id returns the original result.
    /// </summary>
    public async Task<TransferResult> TransferAsync(TransferRequest request, CancellationToken cancellationToken = default)
    {
        InventoryInput.Id(request.FromReservationId, "FromReservationId");
        InventoryInput.Id(request.ToReservationId, "ToReservationId");
        InventoryInput.Code(request.Sku, "Sku");
        InventoryInput.Quantity(request.Quantity, "Quantity");
        if (request.Channel is not null)
        {
            InventoryInput.Code(request.Channel, "Channel");
        }

        if (request.FromReservationId == request.ToReservationId)
        {
            throw new ArgumentException("A reservation cannot be transferred into itself.", nameof(request));
        }

        var m = request.MerchantId;
        RedisKey[] keys =
        [
            RedisKeys.Stock(m), RedisKeys.Reservation(m, request.FromReservationId), RedisKeys.Reservation(m, request.ToReservationId),
            RedisKeys.Outbox, RedisKeys.Loaded, RedisKeys.Expiry(m),
        ];
        RedisValue[] values =
        [
            m.ToString("N"), request.FromReservationId, request.ToReservationId, NowMs, request.Sku, request.Quantity,
            LedgerMovement.PurposeCode(request.Purpose), request.Channel ?? "",
            (long)options.Value.ClosedReservationRetention.TotalMilliseconds,
        ];
        var r = await RunAsync(LedgerScripts.Transfer, keys, values, cancellationToken);
        switch ((int)r[0])
        {
            case 1:
                // No stock event: the pool's totals did not move, and a "reserved" event would read as a new
                // crossing into low stock or sold out.
                var lines = ReadLines(r, 2);
                return new TransferResult(true, false, (long)r[1],
                    [.. lines.Select(l => new ReservedLine(l.Sku, l.Warehouse, l.ReservedDelta))], TransferRefusal.None, 0);
            case 2:
                return new TransferResult(true, true, (long)r[2], ParseAllocation((string)r[1]!), TransferRefusal.None, 0);
            default:
                var refusal = (string)r[1]! == "short" ? TransferRefusal.InsufficientInSource : TransferRefusal.SourceClosed;
                return new TransferResult(false, false, 0, [], refusal, (long)r[2]);
        }
    }
}
