using System.Collections.Concurrent;

namespace CommerceHub.Sandbox.Core.Orders;

public sealed record Campaign(string Id, string ShopId, string ItemId, string? ModelId, int Quantity, bool Ended);

/// <summary>
/// Campaign stock locks per SKU. Shopee hands the locked stock back when the campaign ends; a platform that refuses
/// stock updates below a campaign's locked quantity (Lazada) asks <see cref="LockedQuantity"/> in its stock handler.
/// </summary>
public sealed class CampaignLedger
{
    private readonly ConcurrentDictionary<string, Campaign> campaigns = new(StringComparer.Ordinal);
    private long nextId;

    public IReadOnlyList<Campaign> All => [.. campaigns.Values.OrderBy(c => c.Id, StringComparer.Ordinal)];

    public Campaign Add(string shopId, string itemId, string? modelId, int quantity)
    {
        var id = $"cmp-{Interlocked.Increment(ref nextId)}";
        return campaigns[id] = new Campaign(id, shopId, itemId, modelId, quantity, Ended: false);
    }

    /// <summary>Ends a running campaign; null if it is unknown or already over.</summary>
    public Campaign? End(string id)
    {
        while (campaigns.TryGetValue(id, out var current) && !current.Ended)
        {
            if (campaigns.TryUpdate(id, current with { Ended = true }, current))
            {
                return current;
            }
        }

        return null;
    }

    public int LockedQuantity(string shopId, string itemId, string? modelId) =>
        campaigns.Values.Where(c => !c.Ended && c.ShopId == shopId && c.ItemId == itemId && c.ModelId == modelId).Sum(c => c.Quantity);
}
