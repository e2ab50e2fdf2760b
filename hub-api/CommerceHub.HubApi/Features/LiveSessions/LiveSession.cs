using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceHub.HubApi.Features.LiveSessions;

/// <summary>A stream a host runs on one or more of the merchant's sales channels, with a product lineup.</summary>
public sealed class LiveSession : IMerchantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MerchantId { get; set; }

    public required string Title { get; set; }

    /// <summary>ISO 4217 code of the prices shown on stream.</summary>
    public required string Currency { get; set; }

    public DateTimeOffset ScheduledStart { get; set; }

    public LiveSessionStatus Status { get; set; } = LiveSessionStatus.Scheduled;

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Sales-channel codes the session streams on.</summary>
    public List<string> Channels { get; set; } = [];

    public List<LineupSlot> Lineup { get; set; } = [];

    public string? PinnedSku { get; set; }

    public DateTimeOffset? PinnedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Optimistic concurrency: two hosts pinning or starting sales at once cannot overwrite each other.</summary>
    public int Version { get; set; }
}

/// <summary>One lineup product: the SKU and its price on stream, in the session's currency.</summary>
public sealed record LineupSlot(string Sku, decimal LivePrice);

/// <summary>A flash sale of a session; its units are held by the ledger reservation <see cref="ReservationId"/>.</summary>
public sealed class FlashSale : IMerchantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MerchantId { get; set; }

    public Guid SessionId { get; set; }

    public required string ReservationId { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public List<FlashSaleSlot> Items { get; set; } = [];
}

/// <summary>One product of a flash sale; <see cref="Sold"/> is filled in when the sale ends.</summary>
public sealed record FlashSaleSlot(string Sku, decimal SalePrice, int Allocated, int Sold);

/// <summary>An order seen on one of a live session's channels while it ran (lineup lines only), for the summary.</summary>
public sealed class LiveSessionOrder : IMerchantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MerchantId { get; set; }

    public Guid SessionId { get; set; }

    public Guid OrderId { get; set; }

    public bool Refused { get; set; }

    public required string Channel { get; set; }

    public required string Marketplace { get; set; }

    public required string PlatformOrderId { get; set; }

    public required string Currency { get; set; }

    /// <summary>The whole order's total, as the ticker shows it.</summary>
    public decimal Total { get; set; }

    public decimal TotalCny { get; set; }

    /// <summary>Revenue of the lineup lines in the order's currency.</summary>
    public decimal Amount { get; set; }

    /// <summary>The same in CNY, pro rata of the order's CNY total.</summary>
    public decimal AmountCny { get; set; }

    public List<LiveOrderLine> Lines { get; set; } = [];

    public DateTimeOffset At { get; set; }
}

public sealed record LiveOrderLine(string Sku, int Quantity, decimal UnitPrice);

internal sealed class LiveSessionConfiguration : IEntityTypeConfiguration<LiveSession>
{
    public void Configure(EntityTypeBuilder<LiveSession> builder)
    {
        builder.ToTable("live_sessions");
        builder.HasIndex(s => new { s.MerchantId, s.Status });
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.PinnedSku).HasMaxLength(64);
        builder.Property(s => s.Channels).AsJson();
        builder.Property(s => s.Lineup).AsJson();
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}

internal sealed class FlashSaleConfiguration : IEntityTypeConfiguration<FlashSale>
{
    public void Configure(EntityTypeBuilder<FlashSale> builder)
    {
        builder.ToTable("live_flash_sales");
        builder.HasIndex(f => new { f.MerchantId, f.SessionId });
        builder.Property(f => f.ReservationId).HasMaxLength(100);
        builder.Property(f => f.Items).AsJson();
    }
}

internal sealed class LiveSessionOrderConfiguration : IEntityTypeConfiguration<LiveSessionOrder>
{
    public void Configure(EntityTypeBuilder<LiveSessionOrder> builder)
    {
        builder.ToTable("live_session_orders");
        // One row per session, order and outcome: a repeated event (or a second node) cannot count an order twice.
        builder.HasIndex(o => new { o.SessionId, o.OrderId, o.Refused }).IsUnique();
        builder.Property(o => o.Channel).HasMaxLength(64);
        builder.Property(o => o.Marketplace).HasMaxLength(40);
        builder.Property(o => o.PlatformOrderId).HasMaxLength(100);
        builder.Property(o => o.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(o => o.Total).HasPrecision(18, 2);
        builder.Property(o => o.TotalCny).HasPrecision(18, 2);
        builder.Property(o => o.Amount).HasPrecision(18, 2);
        builder.Property(o => o.AmountCny).HasPrecision(18, 2);
        builder.Property(o => o.Lines).AsJson();
    }
}
