namespace CommerceHub.Inventory.Journal;

/// <summary>Balance of one SKU in one warehouse.</summary>
public sealed record LedgerBalance(string Sku, string Warehouse, long OnHand, long Reserved);

/// <summary>The durable copy of every movement, written by the outbox drainer.</summary>
public interface ILedgerJournal
{
    /// <summary>
    /// Stores movements, in order. Must be idempotent by (merchant, sequence): the drainer replays a batch if it
    /// crashed between writing and trimming the outbox.
    /// </summary>
    Task AppendAsync(IReadOnlyList<LedgerMovement> movements, CancellationToken cancellationToken);

    /// <summary>
    /// The merchant's balances as of <paramref name="sequence"/>, or null when the journal has not reached it yet.
    /// </summary>
    Task<IReadOnlyList<LedgerBalance>?> GetBalancesAtAsync(Guid merchantId, long sequence, CancellationToken cancellationToken);
}
