namespace CommerceHub.Sandbox.Platforms.TikTok.Catalog;

internal static class TikTokProductStatus
{
    public const string Draft = "DRAFT";
    public const string Activate = "ACTIVATE";
    public const string SellerDeactivated = "SELLER_DEACTIVATED";
    public const string Deleted = "DELETED";
}

internal sealed record TikTokSkuAttribute(string Id, string Name, string ValueId, string ValueName);

internal sealed class TikTokSku(string id)
{
    public string Id { get; } = id;

    public string SellerSku { get; set; } = "";

    public string ExternalSkuId { get; set; } = "";

    public decimal Price { get; set; }

    public List<TikTokSkuAttribute> SalesAttributes { get; } = [];

    /// <summary>Quantity per warehouse id.</summary>
    public Dictionary<string, int> Inventory { get; } = new(StringComparer.Ordinal);

    public int Available => Inventory.Values.Sum();
}

/// <summary>
/// One product. Buyers' orders and the seller's inventory updates race on the same numbers, so every read and
/// write of the product or its SKUs happens under <see cref="Gate"/>.
/// </summary>
internal sealed class TikTokProduct(string id, long createTime)
{
    public Lock Gate { get; } = new();

    public string Id { get; } = id;

    public long CreateTime { get; } = createTime;

    public long UpdateTime { get; set; } = createTime;

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public string CategoryId { get; set; } = "";

    public string BrandId { get; set; } = "";

    public string Status { get; set; } = TikTokProductStatus.Activate;

    public List<string> MainImages { get; } = [];

    public List<TikTokSku> Skus { get; } = [];

    public TikTokSku? Sku(string skuId) => Skus.Find(s => s.Id == skuId);

    /// <summary>Takes stock for a sale, warehouse by warehouse; caller holds <see cref="Gate"/>.</summary>
    public bool TryTake(string skuId, int quantity)
    {
        if (Status != TikTokProductStatus.Activate || Sku(skuId) is not { } sku || sku.Available < quantity)
        {
            return false;
        }

        var left = quantity;
        foreach (var warehouse in sku.Inventory.Keys.Order(StringComparer.Ordinal).ToList())
        {
            var take = Math.Min(left, sku.Inventory[warehouse]);
            sku.Inventory[warehouse] -= take;
            left -= take;
        }

        return true;
    }
}
