using CommerceHub.HubApi.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceHub.HubApi.Features.Audit;

/// <summary>One change to prices, stock or allocation rules: who, when, what, before and after (JSON).</summary>
public sealed class AuditEntry : IMerchantOwned
{
    public long Id { get; set; }

    public Guid MerchantId { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    public Guid? UserId { get; set; }

    /// <summary>What kind of record changed: "price", "stock", "allocation-rule", "product"…</summary>
    public required string Entity { get; set; }

    /// <summary>Which one: a SKU, "SKU@WAREHOUSE", a channel id…</summary>
    public required string Key { get; set; }

    public required string Action { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasIndex(a => new { a.MerchantId, a.At });
        builder.HasIndex(a => new { a.MerchantId, a.Entity, a.Key });
        builder.Property(a => a.Actor).HasMaxLength(200);
        builder.Property(a => a.Entity).HasMaxLength(50);
        builder.Property(a => a.Key).HasMaxLength(200);
        builder.Property(a => a.Action).HasMaxLength(50);
    }
}
