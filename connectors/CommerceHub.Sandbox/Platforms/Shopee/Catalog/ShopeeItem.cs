using System.Text.Json;

namespace CommerceHub.Sandbox.Platforms.Shopee.Catalog;

internal sealed record ShopeeTier(string Name, IReadOnlyList<string> Options);

internal sealed class ShopeeModel(long modelId, IReadOnlyList<int> tierIndex)
{
    public long ModelId { get; } = modelId;

    public IReadOnlyList<int> TierIndex { get; } = tierIndex;

    public string ModelSku { get; set; } = "";

    public decimal OriginalPrice { get; set; }

    public int Stock { get; set; }

    public int Reserved { get; set; }
}

/// <summary>
/// One listing. Every read and write goes through <see cref="Gate"/>: buyers' orders and the seller's stock updates
/// race on the same numbers, and a sale must never take stock that is not there.
/// </summary>
internal sealed class ShopeeItem(long itemId, long createTime)
{
    public Lock Gate { get; } = new();

    public long ItemId { get; } = itemId;

    public long CreateTime { get; } = createTime;

    public long UpdateTime { get; set; } = createTime;

    public string ItemName { get; set; } = "";

    public string Description { get; set; } = "";

    public string ItemSku { get; set; } = "";

    public long CategoryId { get; set; }

    public double Weight { get; set; }

    public string Status { get; set; } = "NORMAL";

    public decimal OriginalPrice { get; set; }

    /// <summary>Item-level stock; only used while the item has no models.</summary>
    public int Stock { get; set; }

    public int Reserved { get; set; }

    /// <summary>Fields the sandbox keeps only to echo back (images, logistics, attributes, brand, dimension).</summary>
    public Dictionary<string, JsonElement> Extra { get; } = new(StringComparer.Ordinal);

    public List<ShopeeTier> Tiers { get; } = [];

    public List<ShopeeModel> Models { get; } = [];

    public bool HasModel => Models.Count > 0;

    public ShopeeModel? Model(long modelId) => Models.Find(m => m.ModelId == modelId);

    /// <summary>Takes stock for a sale or a campaign lock; caller holds <see cref="Gate"/>.</summary>
    public bool TryTake(long modelId, int quantity)
    {
        if (HasModel)
        {
            if (Model(modelId) is not { } model || model.Stock < quantity)
            {
                return false;
            }

            model.Stock -= quantity;
            return true;
        }

        if (modelId != 0 || Stock < quantity)
        {
            return false;
        }

        Stock -= quantity;
        return true;
    }

    /// <summary>Puts stock back (cancelled order, ended campaign); caller holds <see cref="Gate"/>.</summary>
    public void Give(long modelId, int quantity)
    {
        if (Model(modelId) is { } model)
        {
            model.Stock += quantity;
        }
        else if (!HasModel)
        {
            Stock += quantity;
        }
    }

    /// <summary>Moves reserved (campaign) stock by <paramref name="delta"/>; caller holds <see cref="Gate"/>.</summary>
    public void Reserve(long modelId, int delta)
    {
        if (Model(modelId) is { } model)
        {
            model.Reserved = Math.Max(0, model.Reserved + delta);
        }
        else if (!HasModel)
        {
            Reserved = Math.Max(0, Reserved + delta);
        }
    }
}
