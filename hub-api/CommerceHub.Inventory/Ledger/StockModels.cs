namespace CommerceHub.Inventory.Ledger;

public enum AdjustMode
{
    /// <summary>Add the quantity (negative to write stock off).</summary>
    Delta,

    /// <summary>Set on hand to the quantity, as after a stock count.</summary>
    SetTo,
}

public sealed record StockAdjustment(string Sku, string Warehouse, long Quantity, AdjustMode Mode = AdjustMode.Delta);

public sealed record StockChange(string Sku, string Warehouse, long OnHandBefore, long OnHandAfter, long Reserved);

/// <summary>A line that would have left on hand below reserved (or below zero); nothing was written.</summary>
public sealed record AdjustRefusal(int LineIndex, string Sku, string Warehouse, string Reason, long Reserved);

public sealed record AdjustResult(
    bool Success,
    long Sequence,
    IReadOnlyList<StockChange> Changes,
    IReadOnlyList<AdjustRefusal> Refusals);

public sealed record WarehouseStock(string Warehouse, long OnHand, long Reserved)
{
    public long Available => OnHand - Reserved;
}

public sealed record SkuStock(string Sku, IReadOnlyList<WarehouseStock> Warehouses, long OnHand, long Reserved)
{
    public long Available => OnHand - Reserved;
}
