namespace CommerceHub.HubApi.Features.Catalog.Products;

/// <summary>
/// A product as a merchant writes it (API body or one product's rows of an import). Every member is nullable so
/// that a missing field is reported by validation with its name rather than failing as a binding error.
/// </summary>
public sealed record ProductInput
{
    public string? Code { get; init; }

    public Dictionary<string, string>? Titles { get; init; }

    public Dictionary<string, string>? Descriptions { get; init; }

    public string? HsCode { get; init; }

    public string? Origin { get; init; }

    public string? Brand { get; init; }

    public string? Category { get; init; }

    public List<string>? ImageUrls { get; init; }

    public List<VariantInput>? Variants { get; init; }

    /// <summary>On update: the version the caller read; a stale one is refused with 409.</summary>
    public int? Version { get; init; }
}

public sealed record VariantInput
{
    public string? Sku { get; init; }

    public Dictionary<string, string>? Options { get; init; }

    public decimal? PriceCny { get; init; }

    public decimal? CostCny { get; init; }

    public int? WeightGrams { get; init; }

    public int? LengthMm { get; init; }

    public int? WidthMm { get; init; }

    public int? HeightMm { get; init; }

    public string? Barcode { get; init; }
}
