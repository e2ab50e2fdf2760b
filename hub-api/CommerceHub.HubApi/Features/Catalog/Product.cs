using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceHub.HubApi.Features.Catalog;

public enum ProductStatus
{
    Active,
    Archived,
}

/// <summary>A product as the merchant lists it once; channels get their own listings from it.</summary>
public sealed class Product : IMerchantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MerchantId { get; set; }

    /// <summary>The merchant's own product code (SPU), unique per merchant; rows of an import group by it.</summary>
    public required string Code { get; set; }

    /// <summary>Title per language tag (zh-CN required; en, vi, th, ms, id, ru…).</summary>
    public Dictionary<string, string> Titles { get; set; } = [];

    public Dictionary<string, string> Descriptions { get; set; } = [];

    /// <summary>China's 10-digit commodity code; its first six digits are an HS 2022 subheading.</summary>
    public required string HsCode { get; set; }

    /// <summary>Country of origin, ISO 3166-1 alpha-2.</summary>
    public required string Origin { get; set; }

    public string? Brand { get; set; }

    public string? Category { get; set; }

    public List<string> ImageUrls { get; set; } = [];

    public ProductStatus Status { get; set; } = ProductStatus.Active;

    public List<ProductVariant> Variants { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency: a write carrying an older version is refused with 409.</summary>
    public int Version { get; set; }
}

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("products");
        builder.HasIndex(p => new { p.MerchantId, p.Code }).IsUnique();
        builder.Property(p => p.Code).HasMaxLength(64);
        builder.Property(p => p.HsCode).HasMaxLength(10).IsFixedLength();
        builder.Property(p => p.Origin).HasMaxLength(2);
        builder.Property(p => p.Brand).HasMaxLength(100);
        builder.Property(p => p.Category).HasMaxLength(200);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Titles).AsJson();
        builder.Property(p => p.Descriptions).AsJson();
        builder.Property(p => p.ImageUrls).AsJson();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasMany(p => p.Variants).WithOne().HasForeignKey(v => v.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}
