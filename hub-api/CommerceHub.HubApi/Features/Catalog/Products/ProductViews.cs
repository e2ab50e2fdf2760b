using Mapster;

namespace CommerceHub.HubApi.Features.Catalog.Products;

public sealed record VariantView(
    Guid Id, string Sku, IReadOnlyDictionary<string, string> Options, decimal PriceCny, decimal? CostCny,
    int WeightGrams, int LengthMm, int WidthMm, int HeightMm, string? Barcode);

public sealed record ProductView(
    Guid Id, string Code, IReadOnlyDictionary<string, string> Titles, IReadOnlyDictionary<string, string> Descriptions,
    string HsCode, string Origin, string? Brand, string? Category, IReadOnlyList<string> ImageUrls, string Status,
    IReadOnlyList<VariantView> Variants, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Version);

public sealed record ProductSummary(Guid Id, string Code, IReadOnlyDictionary<string, string> Titles, string HsCode, string Status, int VariantCount, DateTimeOffset UpdatedAt);

/// <summary>Entity to API views. Costs are shown to merchant admins only (hosts and warehouse staff see no margins).</summary>
public sealed class CatalogMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<ProductVariant, VariantView>()
            .Map(d => d.CostCny, s => (decimal?)s.CostCny)
            .Map(d => d.Options, s => s.Options);
        config.NewConfig<Product, ProductView>()
            .Map(d => d.Status, s => s.Status.ToString())
            .Map(d => d.Variants, s => s.Variants.OrderBy(v => v.Sku));
    }
}
