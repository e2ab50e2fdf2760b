using CommerceHub.HubApi.Infrastructure.Tenancy;
using CommerceHub.Inventory.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceHub.HubApi.Features.Stock.Journal;

/// <summary>A reservation as journaled; open ones (with their remaining lines) are reloaded into Redis on rebuild.</summary>
public sealed class StockReservationRow : IMerchantOwned
{
    public Guid MerchantId { get; set; }

    public required string ReservationId { get; set; }

    public ReservationPurpose Purpose { get; set; }

    public string? Channel { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public ReservationState State { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<StockReservationLineRow> Lines { get; set; } = [];
}

public sealed class StockReservationLineRow : IMerchantOwned
{
    public Guid MerchantId { get; set; }

    public required string ReservationId { get; set; }

    public required string Sku { get; set; }

    public required string Warehouse { get; set; }

    public long Reserved { get; set; }

    public long Remaining { get; set; }
}

internal sealed class StockReservationRowConfiguration : IEntityTypeConfiguration<StockReservationRow>
{
    public void Configure(EntityTypeBuilder<StockReservationRow> builder)
    {
        builder.ToTable("stock_reservations");
        builder.HasKey(r => new { r.MerchantId, r.ReservationId });
        builder.HasIndex(r => new { r.MerchantId, r.State });
        builder.Property(r => r.ReservationId).HasMaxLength(100);
        builder.Property(r => r.Channel).HasMaxLength(64);
        builder.Property(r => r.Purpose).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => new { l.MerchantId, l.ReservationId }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StockReservationLineRowConfiguration : IEntityTypeConfiguration<StockReservationLineRow>
{
    public void Configure(EntityTypeBuilder<StockReservationLineRow> builder)
    {
        builder.ToTable("stock_reservation_lines");
        builder.HasKey(l => new { l.MerchantId, l.ReservationId, l.Sku, l.Warehouse });
        builder.Property(l => l.ReservationId).HasMaxLength(100);
        builder.Property(l => l.Sku).HasMaxLength(64);
        builder.Property(l => l.Warehouse).HasMaxLength(64);
    }
}
