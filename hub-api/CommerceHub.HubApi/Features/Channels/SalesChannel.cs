using CommerceHub.HubApi.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceHub.HubApi.Features.Channels;

/// <summary>Somewhere a merchant sells: a marketplace shop or a live room. Its code names it in stock rules and events.</summary>
public sealed class SalesChannel : IMerchantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MerchantId { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>shopee, lazada, tiktok, tiki…; free text so that a new marketplace needs no migration.</summary>
    public required string Marketplace { get; set; }

    public bool Enabled { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// How much of the pool a channel shows: its default rule (Sku null) or an override for one SKU.
/// </summary>
public sealed class AllocationRule : IMerchantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MerchantId { get; set; }

    public required string ChannelCode { get; set; }

    public string? Sku { get; set; }

    public long BufferQuantity { get; set; }

    public long? MaxQuantity { get; set; }

    public int Percent { get; set; } = 100;

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class SalesChannelConfiguration : IEntityTypeConfiguration<SalesChannel>
{
    public void Configure(EntityTypeBuilder<SalesChannel> builder)
    {
        builder.ToTable("sales_channels");
        builder.HasIndex(c => new { c.MerchantId, c.Code }).IsUnique();
        builder.Property(c => c.Code).HasMaxLength(64);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Marketplace).HasMaxLength(40);
    }
}

internal sealed class AllocationRuleConfiguration : IEntityTypeConfiguration<AllocationRule>
{
    public void Configure(EntityTypeBuilder<AllocationRule> builder)
    {
        builder.ToTable("allocation_rules");
        // Both databases treat NULLs as distinct in unique indexes, so "one default rule per channel" is kept by the handlers.
        builder.HasIndex(r => new { r.MerchantId, r.ChannelCode, r.Sku }).IsUnique();
        builder.Property(r => r.ChannelCode).HasMaxLength(64);
        builder.Property(r => r.Sku).HasMaxLength(64);
    }
}
