using CommerceHub.Inventory.Journal;
using CommerceHub.Inventory.Ledger;

namespace CommerceHub.Inventory.Rebuild;

public sealed record OpenReservationLine(string Sku, string Warehouse, long Reserved, long Remaining);

public sealed record OpenReservation(
    string ReservationId,
    ReservationPurpose Purpose,
    string? Channel,
    DateTimeOffset? ExpiresAt,
    IReadOnlyList<OpenReservationLine> Lines);

/// <summary>One merchant's ledger state: what Redis must hold after a rebuild.</summary>
public sealed record LedgerSnapshot(
    Guid MerchantId,
    long LastSequence,
    IReadOnlyList<LedgerBalance> Balances,
    IReadOnlyList<OpenReservation> Reservations);

/// <summary>Reads the durable ledger to rebuild Redis after a flush or on a fresh server.</summary>
public interface ILedgerSnapshotSource
{
    IAsyncEnumerable<LedgerSnapshot> ReadAllAsync(CancellationToken cancellationToken);
}
