using CommerceHub.Connectors.Abstractions;
using CommerceHub.HubApi.Features.Catalog;
using CommerceHub.HubApi.Features.Shops;
using CatalogVariant = CommerceHub.HubApi.Features.Catalog.ProductVariant;
using PlatformVariant = CommerceHub.Connectors.Abstractions.ProductVariant;

namespace CommerceHub.HubApi.Features.Listings;

/// <summary>Turns a catalog product into what one shop should show, or the reasons the market's rules refuse it.</summary>
public static class ListingBuilder
{
    public sealed record Built(ProductListing? Listing, IReadOnlyList<string> Problems);

    public static Built Build(Product product, ShopConnection shop, ListingProfile profile, decimal cnyPerUnit,
        IReadOnlyDictionary<string, long> channelQuantities)
    {
        var problems = new List<string>();
        var variants = product.Variants.OrderBy(v => v.Sku, StringComparer.Ordinal).ToList();
        if (variants.Count == 0)
        {
            return new Built(null, ["The product has no variants to sell."]);
        }

        Money Price(CatalogVariant v) => Money.Of(
            ListingPricing.ShopPrice(v.PriceCny, cnyPerUnit, profile.MarkupPercent, profile.RoundTo), shop.Currency);

        var prices = variants.Select(v => Price(v).Amount).ToList();
        if (profile.MaxVariantPriceRatio is { } cap && prices.Min() > 0 && prices.Max() / prices.Min() > cap)
        {
            problems.Add($"The highest variant price is {prices.Max() / prices.Min():0.##} times the lowest; {shop.Marketplace} allows at most {cap}.");
        }

        var title = Text(product.Titles, profile.Language);
        if (title is null)
        {
            problems.Add($"The product has no title in {profile.Language}, en or zh-CN.");
        }

        if (problems.Count > 0)
        {
            return new Built(null, problems);
        }

        int Stock(string sku) => (int)Math.Clamp(channelQuantities.GetValueOrDefault(sku), 0, int.MaxValue);
        var optionNames = variants.SelectMany(v => v.Options.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var single = variants.Count == 1 && optionNames.Count == 0;
        var listing = new ProductListing
        {
            Sku = single ? variants[0].Sku : product.Code,
            Title = title!,
            Description = Text(product.Descriptions, profile.Language) ?? title!,
            CategoryId = product.Category is { } category && profile.Categories.TryGetValue(category, out var mapped) ? mapped : profile.DefaultCategoryId,
            Price = Price(variants[0]),
            Stock = single ? Stock(variants[0].Sku) : 0,
            WeightKg = variants.Max(v => v.WeightGrams) / 1000m,
            ImageIds = product.ImageUrls,
            VariationNames = single ? [] : optionNames.Count > 0 ? optionNames : ["Variant"],
            Variants = single ? [] : [.. variants.Select(v => new PlatformVariant(
                v.Sku,
                optionNames.Count > 0 ? [.. optionNames.Select(n => v.Options.GetValueOrDefault(n) ?? "-")] : [v.Sku],
                Price(v),
                Stock(v.Sku)))],
        };
        return new Built(listing, []);
    }

    private static string? Text(Dictionary<string, string> texts, string language) =>
        texts.GetValueOrDefault(language) is { Length: > 0 } t ? t
        : texts.GetValueOrDefault("en") is { Length: > 0 } en ? en
        : texts.GetValueOrDefault("zh-CN") is { Length: > 0 } zh ? zh
        : null;
}
