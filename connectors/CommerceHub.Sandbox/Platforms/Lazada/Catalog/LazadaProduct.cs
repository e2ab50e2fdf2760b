namespace CommerceHub.Sandbox.Platforms.Lazada.Catalog;

internal static class LazadaProductStatus
{
    public const string Active = "Active";
    public const string Inactive = "InActive";
    public const string Deleted = "Deleted";
}

internal sealed class LazadaSku(long skuId, string sellerSku, string shopSku)
{
    public long SkuId { get; } = skuId;

    public string SellerSku { get; } = sellerSku;

    public string ShopSku { get; } = shopSku;

    public int Quantity { get; set; }

    public decimal Price { get; set; }

    public decimal? SpecialPrice { get; set; }

    /// <summary>"active" or "inactive", lowercase as Lazada writes SKU status.</summary>
    public string Status { get; set; } = "active";

    /// <summary>Fields kept only to echo back: saleProp values, package sizes, images.</summary>
    public Dictionary<string, string> Extra { get; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>
/// One product. Buyers' orders and the seller's stock updates race on the same quantities, so every read and
/// write of the product or its SKUs happens under <see cref="Gate"/>.
/// </summary>
internal sealed class LazadaProduct(long itemId, long createdMs)
{
    public Lock Gate { get; } = new();

    public long ItemId { get; } = itemId;

    public long CreatedMs { get; } = createdMs;

    public long UpdatedMs { get; set; } = createdMs;

    public long PrimaryCategory { get; set; }

    public string Status { get; set; } = LazadaProductStatus.Active;

    public Dictionary<string, string> Attributes { get; } = new(StringComparer.Ordinal);

    public List<string> Images { get; } = [];

    public List<LazadaSku> Skus { get; } = [];

    public LazadaSku? Sku(long skuId) => Skus.Find(s => s.SkuId == skuId);

    /// <summary>Takes stock for a sale; caller holds <see cref="Gate"/>.</summary>
    public bool TryTake(long skuId, int quantity)
    {
        if (Status != LazadaProductStatus.Active || Sku(skuId) is not { Status: "active" } sku || sku.Quantity < quantity)
        {
            return false;
        }

        sku.Quantity -= quantity;
        return true;
    }
}
