using System.Collections.Concurrent;
using System.Globalization;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Platforms.Shopee.Orders;

namespace CommerceHub.Sandbox.Platforms.Shopee.Catalog;

internal sealed class ShopeeShopBook(long shopId, string region)
{
    public long ShopId { get; } = shopId;

    public string Region { get; } = region;

    public string Currency { get; } = ShopeeRegions.Currency(region);

    public ConcurrentDictionary<long, ShopeeItem> Items { get; } = new();

    public ConcurrentDictionary<string, ShopeeOrder> Orders { get; } = new(StringComparer.Ordinal);
}

/// <summary>All shops' listings and orders, created on first use for every shop the registry knows.</summary>
internal sealed class ShopeeCatalog(AppRegistry registry)
{
    private readonly ConcurrentDictionary<long, ShopeeShopBook> shops = new();

    // Readable id ranges: items 8xxxxxxxx, models 9xxxxxxxxx.
    private long nextItemId = 800_000_000;
    private long nextModelId = 9_000_000_000;

    public ShopeeShopBook? Shop(long shopId) =>
        registry.FindShop(shopId.ToString(CultureInfo.InvariantCulture)) is { } shop
            ? shops.GetOrAdd(shopId, id => new ShopeeShopBook(id, shop.Region))
            : null;

    public ShopeeItem? Item(long shopId, long itemId) =>
        Shop(shopId) is { } book && book.Items.TryGetValue(itemId, out var item) && item.Status != ShopeeItemStatus.SellerDelete
            ? item
            : null;

    public long NewItemId() => Interlocked.Increment(ref nextItemId);

    public long NewModelId() => Interlocked.Increment(ref nextModelId);
}

internal static class ShopeeItemStatus
{
    public const string Normal = "NORMAL";
    public const string Unlist = "UNLIST";
    public const string SellerDelete = "SELLER_DELETE";
}

internal static class ShopeeRegions
{
    // Only these regions may send prices with 2 decimals (update_price field description); all others need integers.
    private static readonly HashSet<string> DecimalRegions = new(StringComparer.OrdinalIgnoreCase) { "SG", "MY", "BR", "MX", "PL", "ES", "AR" };

    private static readonly Dictionary<string, string> Currencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["VN"] = "VND", ["TH"] = "THB", ["MY"] = "MYR", ["SG"] = "SGD", ["PH"] = "PHP", ["ID"] = "IDR", ["TW"] = "TWD",
        ["BR"] = "BRL", ["MX"] = "MXN", ["PL"] = "PLN", ["ES"] = "EUR", ["AR"] = "ARS", ["CO"] = "COP", ["CL"] = "CLP",
    };

    public static string Currency(string region) => Currencies.GetValueOrDefault(region, "USD");

    public static bool IsValidPrice(string region, decimal price) =>
        price > 0 && (DecimalRegions.Contains(region) ? decimal.Round(price, 2) == price : decimal.Truncate(price) == price);
}
