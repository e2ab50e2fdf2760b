using System.Collections.Concurrent;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Platforms.Lazada.Orders;

namespace CommerceHub.Sandbox.Platforms.Lazada.Catalog;

/// <summary>One seller's products and orders; the seller id is the registry's shop id.</summary>
internal sealed class LazadaShopBook(string sellerId, string region)
{
    public string SellerId { get; } = sellerId;

    public string Region { get; } = region;

    public LazadaRegion Market { get; } = LazadaRegion.Of(region);

    public ConcurrentDictionary<long, LazadaProduct> Products { get; } = new();

    public ConcurrentDictionary<long, LazadaOrder> Orders { get; } = new();

    /// <summary>The live SKU with this seller SKU, or null; callers lock the product before touching the SKU.</summary>
    public (LazadaProduct Product, LazadaSku Sku)? FindSellerSku(string sellerSku)
    {
        foreach (var product in Products.Values)
        {
            lock (product.Gate)
            {
                if (product.Status != LazadaProductStatus.Deleted && product.Skus.Find(s => s.SellerSku == sellerSku) is { } sku)
                {
                    return (product, sku);
                }
            }
        }

        return null;
    }
}

/// <summary>All sellers' books, created on first use for every shop the registry knows.</summary>
internal sealed class LazadaCatalog(AppRegistry registry)
{
    private readonly ConcurrentDictionary<string, LazadaShopBook> shops = new(StringComparer.Ordinal);

    // Id ranges that look like Lazada's: items 3xxxxxxxxx, SKUs 14xxxxxxxxx.
    private long nextItemId = 3_000_000_000;
    private long nextSkuId = 14_000_000_000;

    public LazadaShopBook? Shop(string sellerId) =>
        registry.FindShop(sellerId) is { } shop ? shops.GetOrAdd(sellerId, id => new LazadaShopBook(id, shop.Region)) : null;

    /// <summary>The shop of a caller the gate already accepted, so the registry knows it.</summary>
    public LazadaShopBook Known(string sellerId) => Shop(sellerId) ?? throw new InvalidOperationException($"Unknown seller {sellerId}.");

    public LazadaProduct? Product(string sellerId, long itemId) =>
        Shop(sellerId) is { } book && book.Products.TryGetValue(itemId, out var product) && product.Status != LazadaProductStatus.Deleted
            ? product
            : null;

    public long NewItemId() => Interlocked.Increment(ref nextItemId);

    public long NewSkuId() => Interlocked.Increment(ref nextSkuId);
}

/// <summary>Currency, push site and local UTC offset per Lazada country.</summary>
internal sealed record LazadaRegion(string Currency, string Site, TimeSpan Offset)
{
    public static LazadaRegion Of(string region) => region.ToUpperInvariant() switch
    {
        "VN" => new("VND", "lazada_vn", TimeSpan.FromHours(7)),
        "TH" => new("THB", "lazada_th", TimeSpan.FromHours(7)),
        "ID" => new("IDR", "lazada_id", TimeSpan.FromHours(7)),
        "MY" => new("MYR", "lazada_my", TimeSpan.FromHours(8)),
        "PH" => new("PHP", "lazada_ph", TimeSpan.FromHours(8)),
        _ => new("SGD", "lazada_sg", TimeSpan.FromHours(8)),
    };
}
