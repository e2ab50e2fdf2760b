using CommerceHub.Connectors.Abstractions;
using CommerceHub.Inventory.Ledger;
using Mapster;

namespace CommerceHub.HubApi.Features.Orders;

/// <summary>A platform's order as the hub stores it, before it is merged into the row.</summary>
public sealed record OrderSnapshot
{
    public required string PlatformOrderId { get; init; }

    public required OrderLifecycle Status { get; init; }

    public required string PlatformStatus { get; init; }

    public required string Currency { get; init; }

    public required decimal Total { get; init; }

    public required DateTimeOffset PlacedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? PaidAt { get; init; }

    public string? TrackingNumber { get; init; }

    public required IReadOnlyList<OrderItem> Lines { get; init; }
}

/// <summary>Every platform's order shape is mapped by its connector onto <see cref="MarketplaceOrder"/>; this maps that onto the hub's.</summary>
public sealed class OrderMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<OrderLine, OrderItem>()
            .Map(d => d.PlatformItemId, s => s.ExternalItemId)
            .Map(d => d.PlatformVariantId, s => s.ExternalVariantId)
            .Map(d => d.UnitPrice, s => s.UnitPrice.Amount);
        config.NewConfig<MarketplaceOrder, OrderSnapshot>()
            .Map(d => d.PlatformOrderId, s => s.ExternalOrderId)
            .Map(d => d.Status, s => OrderLifecycles.From(s.Status))
            .Map(d => d.Currency, s => s.Total.Currency)
            .Map(d => d.Total, s => s.Total.Amount)
            .Map(d => d.PlacedAt, s => s.CreatedAt);
    }
}

public static class OrderLifecycles
{
    public static OrderLifecycle From(OrderStatus status) => status switch
    {
        OrderStatus.Unpaid => OrderLifecycle.Pending,
        OrderStatus.ReadyToShip => OrderLifecycle.ToShip,
        OrderStatus.Processed => OrderLifecycle.Arranged,
        OrderStatus.Shipped => OrderLifecycle.Shipped,
        OrderStatus.Delivered => OrderLifecycle.Delivered,
        OrderStatus.Completed => OrderLifecycle.Completed,
        OrderStatus.CancelRequested => OrderLifecycle.CancelRequested,
        OrderStatus.Cancelled => OrderLifecycle.Cancelled,
        OrderStatus.Returning => OrderLifecycle.Returning,
        _ => OrderLifecycle.Unknown,
    };

    /// <summary>Paid and not cancelled: the order must hold stock.</summary>
    public static bool HoldsStock(this OrderLifecycle status) =>
        status is OrderLifecycle.ToShip or OrderLifecycle.CancelRequested || status.HasLeftStock();

    /// <summary>
    /// Shipment arranged or later: the stock is committed. Arranging is the seller's promise to hand the goods over,
    /// so the units are no longer sellable from that moment.
    /// </summary>
    public static bool HasLeftStock(this OrderLifecycle status) =>
        status is OrderLifecycle.Arranged or OrderLifecycle.Shipped or OrderLifecycle.Delivered or OrderLifecycle.Completed;

    public static bool GivesStockBack(this OrderLifecycle status) => status is OrderLifecycle.Cancelled or OrderLifecycle.Returning;

    /// <summary>Breaks ties between updates of the same platform second: the later step of the flow wins.</summary>
    public static int Rank(this OrderLifecycle status) => status switch
    {
        OrderLifecycle.Pending => 0,
        OrderLifecycle.ToShip => 1,
        OrderLifecycle.CancelRequested => 2,
        OrderLifecycle.Arranged => 3,
        OrderLifecycle.Shipped => 4,
        OrderLifecycle.Delivered => 5,
        OrderLifecycle.Completed => 6,
        OrderLifecycle.Returning => 7,
        OrderLifecycle.Cancelled => 8,
        _ => -1,
    };
}

public static class OrderReservations
{
    /// <summary>"order:{platform}:{shop}:{order}", or a hash of it when the platform's ids use characters the ledger refuses.</summary>
    public static string IdFor(Marketplace marketplace, string shopId, string platformOrderId)
    {
        var id = $"order:{marketplace.ToString().ToLowerInvariant()}:{shopId}:{platformOrderId}";
        return InventoryInput.IsId(id)
            ? id
            : "order:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id)))[..40];
    }
}
