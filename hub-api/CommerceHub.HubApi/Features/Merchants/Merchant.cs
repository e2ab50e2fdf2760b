using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceHub.HubApi.Features.Merchants;

/// <summary>A tenant of the hub: one seller in the border park.</summary>
public sealed class Merchant
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Short unique code, e.g. "pxg-fashion".</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>Border city the merchant ships from (Pingxiang, Hekou, Dongxing, Horgos, Erenhot…).</summary>
    public string? City { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class MerchantConfiguration : IEntityTypeConfiguration<Merchant>
{
    public void Configure(EntityTypeBuilder<Merchant> builder)
    {
        builder.ToTable("merchants");
        builder.HasIndex(m => m.Code).IsUnique();
        builder.Property(m => m.Code).HasMaxLength(40);
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.City).HasMaxLength(100);
    }
}
