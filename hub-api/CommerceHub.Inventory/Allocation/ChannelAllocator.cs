namespace CommerceHub.Inventory.Allocation;

/// <summary>
/// Derives each channel's quantity from the pool: available − buffer, then the percentage (rounded down), then the
/// cap, then plus the channel's own campaign/live bucket (stock reserved for it, which no other channel shows).
/// </summary>
public static class ChannelAllocator
{
    public static IReadOnlyList<ChannelAllocation> Allocate(string sku, StockPool pool, IReadOnlyList<ChannelRule> rules)
    {
        var effective = rules
            .Where(r => r.Sku is null || string.Equals(r.Sku, sku, StringComparison.Ordinal))
            .GroupBy(r => r.Channel, StringComparer.Ordinal)
            .Select(g => g.FirstOrDefault(r => r.Sku is not null) ?? g.First())
            .OrderBy(r => r.Channel, StringComparer.Ordinal);
        return [.. effective.Select(rule => Allocate(pool, rule))];
    }

    public static ChannelAllocation Allocate(StockPool pool, ChannelRule rule)
    {
        var bucket = Math.Max(0, pool.ChannelBuckets.GetValueOrDefault(rule.Channel));
        var scope = rule.Sku is null ? "default rule" : $"rule for {rule.Sku}";
        if (!rule.Enabled)
        {
            return new ChannelAllocation(rule.Channel, 0, $"{scope}: channel disabled → 0");
        }

        var available = Math.Max(0, pool.Available);
        var why = new List<string> { $"available {available}" };
        var quantity = Math.Max(0, available - rule.BufferQuantity);
        if (rule.BufferQuantity > 0)
        {
            why.Add($"− buffer {rule.BufferQuantity} = {quantity}");
        }

        if (rule.Percent < 100)
        {
            quantity = quantity * Math.Clamp(rule.Percent, 0, 100) / 100;
            why.Add($"× {rule.Percent}% = {quantity}");
        }

        if (rule.MaxQuantity is { } max && quantity > max)
        {
            quantity = Math.Max(0, max);
            why.Add($"capped at {max}");
        }

        if (bucket > 0)
        {
            quantity += bucket;
            why.Add($"+ campaign/live bucket {bucket} = {quantity}");
        }

        return new ChannelAllocation(rule.Channel, quantity, $"{scope}: {string.Join(' ', why)}");
    }
}
