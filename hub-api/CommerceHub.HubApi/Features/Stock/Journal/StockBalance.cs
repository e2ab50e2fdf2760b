using CommerceHub.HubApi.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceHub.HubApi.Features.Stock.Journal;

/// <summary>The journal's balance of one SKU in one warehouse: the sum of its movements.</summary>
public sealed class StockBalance : IMerchantOwned
{
    public Guid MerchantId { get; set; }

    public required string Sku { get; set; }

    public required string Warehouse { get; set; }

    public long OnHand { get; set; }

    public long Reserved { get; set; }
}

/// <summary>The last ledger sequence journaled for a merchant; movements at or below it are replays.</summary>
public sealed class LedgerCursor : IMerchantOwned
{
    public Guid MerchantId { get; set; }

    public long LastSequence { get; set; }
}

internal sealed class StockBalanceConfiguration : IEntityTypeConfiguration<StockBalance>
{
    public void Configure(EntityTypeBuilder<StockBalance> builder)
    {
        builder.ToTable("stock_balances");
        builder.HasKey(b => new { b.MerchantId, b.Sku, b.Warehouse });
        builder.Property(b => b.Sku).HasMaxLength(64);
        builder.Property(b => b.Warehouse).HasMaxLength(64);
    }
}

internal sealed class LedgerCursorConfiguration : IEntityTypeConfiguration<LedgerCursor>
{
    public void Configure(EntityTypeBuilder<LedgerCursor> builder)
    {
        builder.ToTable("ledger_cursors");
        builder.HasKey(c => c.MerchantId);
        // The drainer's lock makes it the only writer, but a node whose lock expired could race; EF then refuses one.
        builder.Property(c => c.LastSequence).IsConcurrencyToken();
    }
}
