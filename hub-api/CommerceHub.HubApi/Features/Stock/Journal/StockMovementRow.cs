using CommerceHub.HubApi.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceHub.HubApi.Features.Stock.Journal;

/// <summary>One line of one ledger movement, exactly as Redis applied it; the durable history of all stock.</summary>
public sealed class StockMovementRow : IMerchantOwned
{
    public long Id { get; set; }

    public Guid MerchantId { get; set; }

    public long Sequence { get; set; }

    public int Line { get; set; }

    public required string Kind { get; set; }

    /// <summary>The reservation id, or the reference of a receipt or adjustment.</summary>
    public required string Reference { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Sku { get; set; }

    public required string Warehouse { get; set; }

    public long OnHandDelta { get; set; }

    public long ReservedDelta { get; set; }
}

internal sealed class StockMovementRowConfiguration : IEntityTypeConfiguration<StockMovementRow>
{
    public void Configure(EntityTypeBuilder<StockMovementRow> builder)
    {
        builder.ToTable("stock_movements");
        // Unique per (merchant, sequence, line): a replayed outbox batch can never be journaled twice.
        builder.HasIndex(m => new { m.MerchantId, m.Sequence, m.Line }).IsUnique();
        builder.HasIndex(m => new { m.MerchantId, m.Sku });
        builder.Property(m => m.Kind).HasMaxLength(16);
        builder.Property(m => m.Reference).HasMaxLength(100);
        builder.Property(m => m.Sku).HasMaxLength(64);
        builder.Property(m => m.Warehouse).HasMaxLength(64);
    }
}
