using CommerceHub.Connectors.Abstractions;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceHub.HubApi.Features.Listings;

/// <summary>
/// How the catalog is shown in one shop: language, price rule and category mapping, kept as data the merchant edits.
/// A shop without a saved profile uses <see cref="Defaults"/>.
/// </summary>
public sealed class ListingProfile : IMerchantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MerchantId { get; set; }

    public Guid ShopConnectionId { get; set; }

    /// <summary>Title and description language (zh-CN, en, vi, th, ms, id, ru, kk); falls back to en, then zh-CN.</summary>
    public required string Language { get; set; }

    /// <summary>Added on top of the CNY price converted at the operator's rate, in percent.</summary>
    public decimal MarkupPercent { get; set; }

    /// <summary>Prices are rounded up to a multiple of this, in the shop's currency (VND to the thousand).</summary>
    public decimal RoundTo { get; set; }

    /// <summary>The platform category used when the product's category has no entry in <see cref="Categories"/>.</summary>
    public required string DefaultCategoryId { get; set; }

    /// <summary>The hub's product category → the platform's category id.</summary>
    public Dictionary<string, string> Categories { get; set; } = [];

    /// <summary>The platform's cap on the highest variant price over the lowest; null when it has none.</summary>
    public decimal? MaxVariantPriceRatio { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    private static readonly Dictionary<string, string> LanguageByRegion = new(StringComparer.OrdinalIgnoreCase)
    {
        ["VN"] = "vi", ["TH"] = "th", ["MY"] = "ms", ["ID"] = "id", ["CN"] = "zh-CN", ["RU"] = "ru", ["KZ"] = "kk",
    };

    // Categories the sandbox shops accept; a real shop's profile maps the merchant's categories to its own tree.
    private static readonly Dictionary<Marketplace, string> DefaultCategories = new()
    {
        [Marketplace.Shopee] = "100017", [Marketplace.Lazada] = "10002", [Marketplace.TikTokShop] = "601226",
        [Marketplace.Tiki] = "8322", [Marketplace.JD] = "1316", [Marketplace.Taobao] = "50011999", [Marketplace.Douyin] = "20000",
    };

    // Shopee takes cents only in these currencies; everywhere else (THB, PHP, TWD…) it refuses prices with decimals.
    private static readonly HashSet<string> ShopeeCentCurrencies = new(StringComparer.OrdinalIgnoreCase) { "SGD", "MYR", "BRL", "MXN", "PLN", "EUR", "ARS" };

    private static bool TakesCents(Marketplace marketplace, string currency) =>
        marketplace != Marketplace.Shopee || ShopeeCentCurrencies.Contains(currency);

    public static ListingProfile Defaults(Features.Shops.ShopConnection shop) => new()
    {
        MerchantId = shop.MerchantId,
        ShopConnectionId = shop.Id,
        Language = LanguageByRegion.GetValueOrDefault(shop.Region, "en"),
        MarkupPercent = 0,
        RoundTo = shop.Currency switch
        {
            "VND" => 1000,
            "IDR" => 100,
            _ when Currencies.MinorUnits(shop.Currency) == 0 || !TakesCents(shop.Marketplace, shop.Currency) => 1,
            _ => 0.01m,
        },
        DefaultCategoryId = DefaultCategories[shop.Marketplace],
        // Shopee refuses variations whose highest price exceeds five times the lowest (seller centre rule).
        MaxVariantPriceRatio = shop.Marketplace == Marketplace.Shopee ? 5 : null,
    };
}

internal sealed class ListingProfileConfiguration : IEntityTypeConfiguration<ListingProfile>
{
    public void Configure(EntityTypeBuilder<ListingProfile> builder)
    {
        builder.ToTable("listing_profiles");
        builder.HasIndex(p => p.ShopConnectionId).IsUnique();
        builder.Property(p => p.Language).HasMaxLength(8);
        builder.Property(p => p.DefaultCategoryId).HasMaxLength(64);
        builder.Property(p => p.MarkupPercent).HasPrecision(9, 4);
        builder.Property(p => p.RoundTo).HasPrecision(18, 4);
        builder.Property(p => p.MaxVariantPriceRatio).HasPrecision(9, 4);
        builder.Property(p => p.Categories).AsJson();
    }
}
