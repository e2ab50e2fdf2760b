using CommerceHub.Connectors.Abstractions;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceHub.HubApi.Features.Orders;

/// <summary>Where an order stands, the same for every platform.</summary>
public enum OrderLifecycle
{
    /// <summary>Placed, not paid (or cash on delivery not yet confirmed); holds no stock.</summary>
    Pending,

    /// <summary>Paid; the seller must arrange shipment.</summary>
    ToShip,

    /// <summary>Shipment arranged; waiting for the carrier.</summary>
    Arranged,

    Shipped,

    Delivered,

    Completed,

    /// <summary>The buyer asked to cancel; the seller must answer.</summary>
    CancelRequested,

    Cancelled,

    /// <summary>Being returned or refunded.</summary>
    Returning,

    /// <summary>A platform status the hub does not model; see the platform status text.</summary>
    Unknown,
}

/// <summary>What the order holds in the stock ledger.</summary>
public enum OrderStockState
{
    /// <summary>Nothing yet (unpaid, or cancelled before payment).</summary>
    None,

    /// <summary>Every line is reserved.</summary>
    Reserved,

    /// <summary>The ledger could not cover the order (sold elsewhere first); the merchant must act, see the note.</summary>
    Refused,

    /// <summary>Shipment arranged: the reserved stock left the pool.</summary>
    Committed,

    /// <summary>Cancelled or returned before shipping: the reserved stock went back to the pool.</summary>
    Released,
}

/// <summary>
/// An order imported from a platform, normalized. One row per (platform, shop, platform order id), whichever path
/// (push or poll) and node brought it in first.
/// </summary>
public sealed class Order : IMerchantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MerchantId { get; set; }

    public Marketplace Marketplace { get; set; }

    public required string ShopId { get; set; }

    /// <summary>The sales channel of the shop; reservations are made in its name.</summary>
    public required string Channel { get; set; }

    public required string PlatformOrderId { get; set; }

    public OrderLifecycle Status { get; set; }

    public required string PlatformStatus { get; set; }

    public required string Currency { get; set; }

    public decimal Total { get; set; }

    /// <summary>The total in CNY at the operator's rate when the order was imported.</summary>
    public decimal TotalCny { get; set; }

    public DateTimeOffset PlacedAt { get; set; }

    public DateTimeOffset? PaidAt { get; set; }

    /// <summary>The platform's last update time of the state stored here; older updates never overwrite it.</summary>
    public DateTimeOffset PlatformUpdatedAt { get; set; }

    public string? TrackingNumber { get; set; }

    public OrderStockState StockState { get; set; }

    /// <summary>Why the stock could not be reserved, readable by the merchant.</summary>
    public string? StockNote { get; set; }

    /// <summary>The platform's last refusal of something the hub asked for this order (e.g. arranging shipment).</summary>
    public string? LastError { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<OrderItem> Lines { get; set; } = [];

    /// <summary>Set when the order took its units out of a running live flash sale or platform campaign lock instead of the shared pool.</summary>
    public string? FlashSaleReservationId { get; set; }

    /// <summary>The order's own reservation id; deterministic, so a retried import never reserves twice.</summary>
    public string PoolReservationId => OrderReservations.IdFor(Marketplace, ShopId, PlatformOrderId);

    /// <summary>The ledger reservation holding this order's stock.</summary>
    public string ReservationId => FlashSaleReservationId ?? PoolReservationId;
}

/// <summary>One line of an order, in the merchant's SKU.</summary>
public sealed class OrderItem
{
    public required string Sku { get; set; }

    public required string Title { get; set; }

    public int Quantity { get; set; }

    public decimal UnitPrice { get; set; }

    public required string PlatformItemId { get; set; }

    public string? PlatformVariantId { get; set; }
}

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("orders");
        // The import's idempotency rests on this index: a second insert of the same order fails and is read as "already there".
        builder.HasIndex(o => new { o.Marketplace, o.ShopId, o.PlatformOrderId }).IsUnique();
        builder.HasIndex(o => new { o.MerchantId, o.PlacedAt });
        builder.Ignore(o => o.ReservationId);
        builder.Ignore(o => o.PoolReservationId);
        builder.Property(o => o.FlashSaleReservationId).HasMaxLength(120);
        builder.Property(o => o.Marketplace).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.StockState).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.ShopId).HasMaxLength(64);
        builder.Property(o => o.Channel).HasMaxLength(64);
        builder.Property(o => o.PlatformOrderId).HasMaxLength(64);
        builder.Property(o => o.PlatformStatus).HasMaxLength(64);
        builder.Property(o => o.Currency).HasMaxLength(3);
        builder.Property(o => o.Total).HasPrecision(18, 4);
        builder.Property(o => o.TotalCny).HasPrecision(18, 2);
        builder.Property(o => o.TrackingNumber).HasMaxLength(64);
        builder.Property(o => o.StockNote).HasMaxLength(1000);
        builder.Property(o => o.LastError).HasMaxLength(1000);
        builder.OwnsMany(o => o.Lines, line =>
        {
            line.ToTable("order_lines");
            line.WithOwner().HasForeignKey("OrderId");
            line.Property<int>("Id");
            line.HasKey("Id");
            line.HasIndex(l => l.Sku);
            line.Property(l => l.Sku).HasMaxLength(100);
            line.Property(l => l.Title).HasMaxLength(500);
            line.Property(l => l.UnitPrice).HasPrecision(18, 4);
            line.Property(l => l.PlatformItemId).HasMaxLength(64);
            line.Property(l => l.PlatformVariantId).HasMaxLength(64);
        });
    }
}
