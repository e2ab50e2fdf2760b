namespace CommerceHub.Inventory.Reconciliation;

public enum ReconciliationStatus
{
    /// <summary>Redis and the journal agree at the compared sequence.</summary>
    Clean,

    /// <summary>At least one balance differs.</summary>
    Drift,

    /// <summary>The journal had not caught up with Redis in time; nothing was compared.</summary>
    JournalBehind,
}

/// <summary>One SKU and warehouse whose Redis balance differs from the journal's (warehouse "*" = the SKU's totals).</summary>
public sealed record BalanceDrift(
    string Sku,
    string Warehouse,
    long RedisOnHand,
    long RedisReserved,
    long LedgerOnHand,
    long LedgerReserved);

public sealed record ReconciliationReport(
    Guid MerchantId,
    long Sequence,
    DateTimeOffset At,
    ReconciliationStatus Status,
    int BalancesCompared,
    IReadOnlyList<BalanceDrift> Drifts);
