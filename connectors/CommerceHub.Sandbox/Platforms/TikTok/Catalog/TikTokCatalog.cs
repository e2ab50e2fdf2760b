using System.Collections.Concurrent;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Platforms.TikTok.Orders;

namespace CommerceHub.Sandbox.Platforms.TikTok.Catalog;

/// <summary>One shop's products and orders. Every shop has one warehouse, whose id the inventory calls must name.</summary>
internal sealed class TikTokShopBook(string shopId, string region)
{
    public string ShopId { get; } = shopId;

    public string Region { get; } = region;

    public string Currency { get; } = TikTokCatalog.Currency(region);

    public string WarehouseId { get; } = "73" + shopId[^Math.Min(shopId.Length, 17)..].PadLeft(17, '0');

    public ConcurrentDictionary<string, TikTokProduct> Products { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, TikTokOrder> Orders { get; } = new(StringComparer.Ordinal);
}

/// <summary>All shops' books, created on first use for every shop the registry knows.</summary>
internal sealed class TikTokCatalog(AppRegistry registry)
{
    private static readonly Dictionary<string, string> Currencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["VN"] = "VND", ["TH"] = "THB", ["MY"] = "MYR", ["SG"] = "SGD", ["PH"] = "PHP", ["ID"] = "IDR",
        ["US"] = "USD", ["GB"] = "GBP", ["BR"] = "BRL", ["MX"] = "MXN", ["JP"] = "JPY", ["DE"] = "EUR", ["FR"] = "EUR", ["ES"] = "EUR", ["IT"] = "EUR",
    };

    private readonly ConcurrentDictionary<string, TikTokShopBook> shops = new(StringComparer.Ordinal);

    // Nineteen-digit ids as TikTok uses: products 1729xxxxxxxxxxxxxxx, SKUs 1730xxxxxxxxxxxxxxx.
    private long nextProduct = 1_729_000_000_000_000_000;
    private long nextSku = 1_730_000_000_000_000_000;

    public static string Currency(string region) => Currencies.GetValueOrDefault(region, "USD");

    public TikTokShopBook? Shop(string shopId) =>
        registry.FindShop(shopId) is { } shop ? shops.GetOrAdd(shopId, id => new TikTokShopBook(id, shop.Region)) : null;

    /// <summary>The shop of a caller the gate already accepted, so the registry knows it.</summary>
    public TikTokShopBook Known(string shopId) => Shop(shopId) ?? throw new InvalidOperationException($"Unknown shop {shopId}.");

    public TikTokProduct? Product(string shopId, string productId) =>
        Shop(shopId) is { } book && book.Products.TryGetValue(productId, out var product) && product.Status != TikTokProductStatus.Deleted ? product : null;

    public string NewProductId() => Interlocked.Increment(ref nextProduct).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string NewSkuId() => Interlocked.Increment(ref nextSku).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
