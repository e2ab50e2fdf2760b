namespace CommerceHub.Inventory.Allocation;

/// <summary>
/// How much of the shared pool a channel may show. <paramref name="Sku"/> null is the channel's default; a rule naming
/// a SKU overrides it for that SKU. Buffer is spare stock held back from the channel (Ginee spare stock,
/// Sellercloud safety), Percent a share of what is left (Ginee push %), MaxQuantity a cap (Sellercloud max).
/// </summary>
public sealed record ChannelRule(
    string Channel,
    string? Sku,
    long BufferQuantity,
    long? MaxQuantity,
    int Percent,
    bool Enabled = true);

/// <summary>A SKU's pool over all warehouses, plus the campaign/live buckets that only their channel shows.</summary>
public sealed record StockPool(long OnHand, long Reserved, IReadOnlyDictionary<string, long> ChannelBuckets)
{
    public long Available => OnHand - Reserved;
}

public sealed record ChannelAllocation(string Channel, long Quantity, string Why);

/// <summary>Reads a merchant's allocation rules; the hub implements it over its database.</summary>
public interface IAllocationRuleSource
{
    Task<IReadOnlyList<ChannelRule>> GetRulesAsync(Guid merchantId, CancellationToken cancellationToken);
}
