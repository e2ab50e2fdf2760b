namespace CommerceHub.HubApi.Contracts.Stock;

/// <summary>
/// One stock movement as seen by subscribers (sync engine, live console). Published on the Redis channel
/// <c>ch:events:stock</c> as JSON arrays (one message may carry several events, in ledger order). Quantities are the
/// state after the movement.
/// </summary>
/// <param name="MerchantId">The merchant that owns the stock.</param>
/// <param name="Sku">The merchant SKU.</param>
/// <param name="Warehouse">The warehouse code the movement touched.</param>
/// <param name="Kind">What happened.</param>
/// <param name="OnHand">On-hand quantity in this warehouse.</param>
/// <param name="Reserved">Reserved quantity in this warehouse.</param>
/// <param name="Available">On hand minus reserved in this warehouse.</param>
/// <param name="TotalOnHand">On-hand quantity of the SKU over all warehouses.</param>
/// <param name="TotalReserved">Reserved quantity of the SKU over all warehouses.</param>
/// <param name="TotalAvailable">Available quantity of the SKU over all warehouses.</param>
/// <param name="Sequence">The merchant's ledger sequence number of the movement.</param>
/// <param name="ReservationId">The reservation involved, if any.</param>
/// <param name="At">When the movement happened.</param>
public sealed record StockEvent(
    Guid MerchantId,
    string Sku,
    string Warehouse,
    StockEventKind Kind,
    long OnHand,
    long Reserved,
    long Available,
    long TotalOnHand,
    long TotalReserved,
    long TotalAvailable,
    long Sequence,
    string? ReservationId,
    DateTimeOffset At);
