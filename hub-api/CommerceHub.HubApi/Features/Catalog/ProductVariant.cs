using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceHub.HubApi.Features.Catalog;

/// <summary>A sellable variant (one SKU): the unit stock, prices and channel listings refer to.</summary>
public sealed class ProductVariant : IMerchantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProductId { get; set; }

    public Guid MerchantId { get; set; }

    /// <summary>Unique per merchant.</summary>
    public required string Sku { get; set; }

    /// <summary>Option name to value, e.g. colour → red, size → M.</summary>
    public Dictionary<string, string> Options { get; set; } = [];

    public decimal PriceCny { get; set; }

    public decimal CostCny { get; set; }

    public int WeightGrams { get; set; }

    public int LengthMm { get; set; }

    public int WidthMm { get; set; }

    public int HeightMm { get; set; }

    /// <summary>EAN/UPC digits, when the goods carry one.</summary>
    public string? Barcode { get; set; }
}

internal sealed class ProductVariantConfiguration : IEntityTypeConfiguration<ProductVariant>
{
    public void Configure(EntityTypeBuilder<ProductVariant> builder)
    {
        builder.ToTable("product_variants");
        builder.HasIndex(v => new { v.MerchantId, v.Sku }).IsUnique();
        builder.Property(v => v.Sku).HasMaxLength(64);
        builder.Property(v => v.Barcode).HasMaxLength(14);
        builder.Property(v => v.PriceCny).HasPrecision(18, 2);
        builder.Property(v => v.CostCny).HasPrecision(18, 2);
        builder.Property(v => v.Options).AsJson();
    }
}
