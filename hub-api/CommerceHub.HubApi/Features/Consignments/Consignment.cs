using CommerceHub.HubApi.Contracts.Consignments;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceHub.HubApi.Features.Consignments;

/// <summary>
/// One outbound consignment through a border warehouse: what is shipped, where to, how it is declared, and where its
/// route stands. The route (a workflow instance) moves <see cref="Stage"/>; the rest is fixed when it is created,
/// except the goods lines, which a merchant may correct before resubmitting a rejected list.
/// </summary>
public sealed class Consignment : IMerchantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MerchantId { get; set; }

    /// <summary>The imported order it fulfils; null for B2B consignments given with explicit lines.</summary>
    public Guid? OrderId { get; set; }

    public required string OrderNo { get; set; }

    /// <summary>The enterprise's list number (copNo); receipts come back with it.</summary>
    public required string CopNo { get; set; }

    /// <summary>The logistics number on the label, scanned at each station.</summary>
    public required string ParcelNo { get; set; }

    public required string WarehouseCode { get; set; }

    public required string CustomsCode { get; set; }

    /// <summary>ISO 3166 alpha-2.</summary>
    public required string DestinationCountry { get; set; }

    /// <summary>road or rail.</summary>
    public required string TransportMode { get; set; }

    public Customs.Consignments.BuyerKind BuyerKind { get; set; }

    /// <summary>The warehouse the merchant asked for, if any.</summary>
    public string? RequestedWarehouse { get; set; }

    /// <summary>The overseas warehouse booking number (9810).</summary>
    public string? BookingNo { get; set; }

    public string? BondedIacCode { get; set; }

    public string? BondedIacName { get; set; }

    public string? BondedEmsNo { get; set; }

    public decimal GrossWeightKg { get; set; }

    public List<ConsignmentLine> Lines { get; set; } = [];

    /// <summary>9610, 9710, 9810, 1210 or broker.</summary>
    public required string Mode { get; set; }

    public List<string> ModeReasons { get; set; } = [];

    public ConsignmentStage Stage { get; set; }

    public Guid? RouteInstanceId { get; set; }

    public string? LoadRef { get; set; }

    /// <summary>Customs' numbers for the list, once the single window accepted it.</summary>
    public string? PreNo { get; set; }

    public string? InvtNo { get; set; }

    /// <summary>Customs' last rejection reason, shown to the merchant until it resubmits.</summary>
    public string? RejectionReason { get; set; }

    /// <summary>Set when customs closed the list (899); the monthly summary picks these up.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    public DateTimeOffset? SummarisedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One goods line; ItemRecordNo is the bonded account's item number (1210 only).</summary>
public sealed record ConsignmentLine(string Sku, string Name, string HsCode, int Quantity, decimal UnitPriceCny, string? ItemRecordNo = null);

/// <summary>One line of a consignment's timeline (scans, messages, receipts, steps, incidents, SLA escalations).</summary>
public sealed class ConsignmentTimelineRow
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ConsignmentId { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Kind { get; set; }

    public required string Step { get; set; }

    public required string Text { get; set; }
}

/// <summary>A customs receipt as received; (ConsignmentId, ReceiptId) is unique so a redelivered receipt is stored once.</summary>
public sealed class ConsignmentReceiptRow
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ConsignmentId { get; set; }

    public DateTimeOffset At { get; set; }

    public required string MessageType { get; set; }

    public required string ReturnStatus { get; set; }

    public required string Meaning { get; set; }

    public string? Info { get; set; }

    /// <summary>The receipt message's guid plus the record's position in it.</summary>
    public required string ReceiptId { get; set; }
}

internal sealed class ConsignmentConfiguration : IEntityTypeConfiguration<Consignment>
{
    public void Configure(EntityTypeBuilder<Consignment> builder)
    {
        builder.ToTable("consignments");
        builder.HasIndex(c => c.CopNo).IsUnique();
        builder.HasIndex(c => c.ParcelNo).IsUnique();
        builder.HasIndex(c => c.OrderNo);
        builder.HasIndex(c => c.RouteInstanceId);
        builder.HasIndex(c => new { c.MerchantId, c.WarehouseCode, c.Stage });
        foreach (var name in new[] { nameof(Consignment.OrderNo), nameof(Consignment.CopNo), nameof(Consignment.ParcelNo), nameof(Consignment.BookingNo),
                     nameof(Consignment.LoadRef), nameof(Consignment.PreNo), nameof(Consignment.InvtNo), nameof(Consignment.BondedIacCode),
                     nameof(Consignment.BondedEmsNo) })
        {
            builder.Property(name).HasMaxLength(64);
        }

        builder.Property(c => c.WarehouseCode).HasMaxLength(16);
        builder.Property(c => c.RequestedWarehouse).HasMaxLength(16);
        builder.Property(c => c.CustomsCode).HasMaxLength(4);
        builder.Property(c => c.DestinationCountry).HasMaxLength(2);
        builder.Property(c => c.TransportMode).HasMaxLength(10);
        builder.Property(c => c.Mode).HasMaxLength(10);
        builder.Property(c => c.BondedIacName).HasMaxLength(200);
        builder.Property(c => c.RejectionReason).HasMaxLength(1000);
        builder.Property(c => c.BuyerKind).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Stage).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.GrossWeightKg).HasPrecision(18, 3);
        builder.Property(c => c.Lines).AsJson();
        builder.Property(c => c.ModeReasons).AsJson();
    }
}

internal sealed class ConsignmentTimelineConfiguration : IEntityTypeConfiguration<ConsignmentTimelineRow>
{
    public void Configure(EntityTypeBuilder<ConsignmentTimelineRow> builder)
    {
        builder.ToTable("consignment_timeline");
        builder.HasIndex(t => new { t.ConsignmentId, t.At });
        builder.Property(t => t.Kind).HasMaxLength(20);
        builder.Property(t => t.Step).HasMaxLength(100);
        builder.Property(t => t.Text).HasMaxLength(2000);
    }
}

internal sealed class ConsignmentReceiptConfiguration : IEntityTypeConfiguration<ConsignmentReceiptRow>
{
    public void Configure(EntityTypeBuilder<ConsignmentReceiptRow> builder)
    {
        builder.ToTable("consignment_receipts");
        builder.HasIndex(r => new { r.ConsignmentId, r.ReceiptId }).IsUnique();
        builder.Property(r => r.MessageType).HasMaxLength(10);
        builder.Property(r => r.ReturnStatus).HasMaxLength(10);
        builder.Property(r => r.Meaning).HasMaxLength(200);
        builder.Property(r => r.Info).HasMaxLength(1000);
        builder.Property(r => r.ReceiptId).HasMaxLength(100);
    }
}
