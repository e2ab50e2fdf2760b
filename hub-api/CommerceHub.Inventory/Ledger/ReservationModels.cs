namespace CommerceHub.Inventory.Ledger;

/// <summary>Why stock is held; campaign and live reservations form a bucket only their channel shows.</summary>
public enum ReservationPurpose
{
    Order,
    Channel,
    Campaign,
    Live,
}

/// <summary>One SKU to reserve, from the first listed warehouse that can cover the whole quantity.</summary>
public sealed record ReservationLine(string Sku, long Quantity, IReadOnlyList<string> Warehouses);

public sealed record ReservationRequest(Guid MerchantId, string ReservationId, IReadOnlyList<ReservationLine> Lines)
{
    public ReservationPurpose Purpose { get; init; } = ReservationPurpose.Order;

    public string? Channel { get; init; }

    /// <summary>Null keeps the reservation until it is committed or released.</summary>
    public TimeSpan? TimeToLive { get; init; }
}

public enum RefusalReason
{
    InsufficientStock,
    UnknownSkuOrWarehouse,
}

/// <summary>A line that could not be reserved; <paramref name="Available"/> is the most any candidate warehouse had.</summary>
public sealed record LineRefusal(int LineIndex, string Sku, RefusalReason Reason, long Available);

public sealed record ReservedLine(string Sku, string Warehouse, long Quantity);

/// <summary>
/// Either every line was reserved (<see cref="Success"/>) or none was and <see cref="Refusals"/> says why.
/// <see cref="Replayed"/> marks a repeated reservation id answered from the original result.
/// </summary>
public sealed record ReservationResult(
    bool Success,
    bool Replayed,
    long Sequence,
    IReadOnlyList<ReservedLine> Lines,
    IReadOnlyList<LineRefusal> Refusals);

public sealed record SkuQuantity(string Sku, long Quantity);

public enum ReservationState
{
    Open,
    Committed,
    Released,
    Expired,
}

/// <summary>One SKU and warehouse touched by a movement, with the quantities after it.</summary>
public sealed record StockMovementLine(
    string Sku,
    string Warehouse,
    long OnHandDelta,
    long ReservedDelta,
    long OnHand,
    long Reserved,
    long TotalOnHand,
    long TotalReserved);

/// <summary>
/// Outcome of a commit, release or expiry. <see cref="Applied"/> is false when there was nothing to do
/// (already released, not yet due); <see cref="Replayed"/> marks a repeated idempotency key.
/// </summary>
public sealed record SettleResult(
    bool Applied,
    bool Replayed,
    ReservationState State,
    long Sequence,
    IReadOnlyList<StockMovementLine> Lines);

public sealed record ReservationView(
    string ReservationId,
    ReservationState State,
    ReservationPurpose Purpose,
    string? Channel,
    DateTimeOffset? ExpiresAt,
    IReadOnlyList<ReservationViewLine> Lines);

public sealed record ReservationViewLine(string Sku, string Warehouse, long Reserved, long Remaining);
