using System.Text.RegularExpressions;
using CommerceHub.HubApi.Features.Catalog.HsCodes;
using CommerceHub.HubApi.Infrastructure.Errors;

namespace CommerceHub.HubApi.Features.Catalog.Products;

/// <summary>The rules a product must meet, shared by the API and the catalog import.</summary>
public sealed partial class ProductRules(HsCodeDirectory hsCodes)
{
    public static readonly IReadOnlySet<string> Languages =
        new HashSet<string>(["zh-CN", "en", "vi", "th", "ms", "id", "ru", "kk"], StringComparer.Ordinal);

    public const decimal MaxPriceCny = 10_000_000m;
    public const int MaxVariants = 100;
    public const int MaxWeightGrams = 1_000_000;
    public const int MaxDimensionMm = 10_000;

    public Validation Validate(ProductInput input, Validation? into = null)
    {
        var v = into ?? new Validation();
        v.Required(input.Code, "code", 64);
        if (input.Code is { } code && !CodePattern().IsMatch(code))
        {
            v.Add("code", "may contain only letters, digits, '-', '_' and '.'.");
        }

        ValidateTexts(v, input.Titles, "titles", 255, required: true);
        ValidateTexts(v, input.Descriptions, "descriptions", 10_000, required: false);
        if (hsCodes.Check(input.HsCode) is { } hsError)
        {
            v.Add("hsCode", hsError);
        }

        v.Check(input.Origin is { Length: 2 } o && o.All(char.IsAsciiLetterUpper), "origin", "must be an ISO 3166 alpha-2 code such as CN.");
        v.Check((input.Brand?.Length ?? 0) <= 100, "brand", "must be at most 100 characters.");
        v.Check((input.Category?.Length ?? 0) <= 200, "category", "must be at most 200 characters.");
        ValidateImages(v, input.ImageUrls);
        ValidateVariants(v, input.Variants);
        return v;
    }

    private static void ValidateTexts(Validation v, Dictionary<string, string>? texts, string field, int max, bool required)
    {
        if (required && (texts is null || !texts.TryGetValue("zh-CN", out var zh) || string.IsNullOrWhiteSpace(zh)))
        {
            v.Add(field, "needs a zh-CN text.");
        }

        foreach (var (language, text) in texts ?? [])
        {
            v.Check(Languages.Contains(language), $"{field}.{language}", $"is not a supported language ({string.Join(", ", Languages)}).");
            v.Check(!string.IsNullOrWhiteSpace(text) && text.Length <= max, $"{field}.{language}", $"must be 1 to {max} characters.");
        }
    }

    private static void ValidateImages(Validation v, List<string>? urls)
    {
        var list = urls ?? [];
        v.Check(list.Count <= 20, "imageUrls", "at most 20 images.");
        for (var i = 0; i < list.Count; i++)
        {
            var ok = Uri.TryCreate(list[i], UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && list[i].Length <= 1000;
            v.Check(ok, $"imageUrls[{i}]", "must be an absolute http(s) URL.");
        }
    }

    private static void ValidateVariants(Validation v, List<VariantInput>? variants)
    {
        if (variants is null || variants.Count == 0)
        {
            v.Add("variants", "at least one variant (SKU) is required.");
            return;
        }

        v.Check(variants.Count <= MaxVariants, "variants", $"at most {MaxVariants} variants.");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < variants.Count; i++)
        {
            var variant = variants[i];
            var path = $"variants[{i}]";
            if (variant is null)
            {
                v.Add(path, "must not be null.");
                continue;
            }

            v.Required(variant.Sku, $"{path}.sku", 64);
            if (variant.Sku is { } sku)
            {
                v.Check(CodePattern().IsMatch(sku), $"{path}.sku", "may contain only letters, digits, '-', '_' and '.'.");
                v.Check(seen.Add(sku), $"{path}.sku", $"SKU '{sku}' appears more than once.");
            }

            v.Check(variant.PriceCny is > 0 and <= MaxPriceCny && decimal.Round(variant.PriceCny.Value, 2) == variant.PriceCny,
                $"{path}.priceCny", $"must be more than 0 and at most {MaxPriceCny} CNY, with at most 2 decimals.");
            v.Check(variant.CostCny is null || (variant.CostCny is >= 0 and <= MaxPriceCny && decimal.Round(variant.CostCny.Value, 2) == variant.CostCny),
                $"{path}.costCny", $"must be between 0 and {MaxPriceCny} CNY, with at most 2 decimals.");
            v.Check(variant.WeightGrams is > 0 and <= MaxWeightGrams, $"{path}.weightGrams", $"must be between 1 and {MaxWeightGrams} g.");
            foreach (var (name, value) in new[] { ("lengthMm", variant.LengthMm), ("widthMm", variant.WidthMm), ("heightMm", variant.HeightMm) })
            {
                v.Check(value is null or (>= 0 and <= MaxDimensionMm), $"{path}.{name}", $"must be between 0 and {MaxDimensionMm} mm.");
            }

            v.Check(variant.Barcode is null || BarcodePattern().IsMatch(variant.Barcode), $"{path}.barcode", "must be 8 to 14 digits (EAN/UPC).");
            foreach (var (name, value) in variant.Options ?? [])
            {
                v.Check(name.Length is > 0 and <= 40 && value?.Length is > 0 and <= 100, $"{path}.options.{name}", "option names are 1–40 and values 1–100 characters.");
            }
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[0-9]{8,14}$")]
    private static partial Regex BarcodePattern();
}
