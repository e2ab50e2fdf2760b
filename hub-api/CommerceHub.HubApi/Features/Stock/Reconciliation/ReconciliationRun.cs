using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using CommerceHub.Inventory.Reconciliation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceHub.HubApi.Features.Stock.Reconciliation;

/// <summary>One comparison of Redis with the journal for a merchant, kept so drift can be looked at after the fact.</summary>
public sealed class ReconciliationRun : IMerchantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MerchantId { get; set; }

    public DateTimeOffset At { get; set; }

    public long Sequence { get; set; }

    public ReconciliationStatus Status { get; set; }

    public int BalancesCompared { get; set; }

    public List<BalanceDrift> Drifts { get; set; } = [];

    public static ReconciliationRun From(ReconciliationReport report) => new()
    {
        MerchantId = report.MerchantId, At = report.At, Sequence = report.Sequence, Status = report.Status,
        BalancesCompared = report.BalancesCompared, Drifts = [.. report.Drifts],
    };
}

internal sealed class ReconciliationRunConfiguration : IEntityTypeConfiguration<ReconciliationRun>
{
    public void Configure(EntityTypeBuilder<ReconciliationRun> builder)
    {
        builder.ToTable("stock_reconciliations");
        builder.HasIndex(r => new { r.MerchantId, r.At });
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Drifts).AsJson();
    }
}
