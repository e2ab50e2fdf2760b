using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.TikTok;

/// <summary>TikTok Shop's order and product statuses to the hub's.</summary>
internal static class TikTokStatuses
{
    public const string AwaitingShipment = "AWAITING_SHIPMENT";

    public static OrderStatus ToHub(string? status) => status switch
    {
        // ON_HOLD: paid, but the buyer may still cancel and the seller may not ship yet.
        "UNPAID" or "ON_HOLD" => OrderStatus.Unpaid,
        AwaitingShipment => OrderStatus.ReadyToShip,
        "PARTIALLY_SHIPPING" or "AWAITING_COLLECTION" => OrderStatus.Processed,
        "IN_TRANSIT" => OrderStatus.Shipped,
        "DELIVERED" => OrderStatus.Delivered,
        "COMPLETED" => OrderStatus.Completed,
        "CANCELLED" or "CANCEL" => OrderStatus.Cancelled, // the webhook doc spells it CANCEL
        _ => OrderStatus.Unknown,
    };

    /// <summary>True once the package was handed over (by an earlier attempt or by the seller in Seller Center).</summary>
    public static bool IsArranged(string status) =>
        ToHub(status) is OrderStatus.Processed or OrderStatus.Shipped or OrderStatus.Delivered or OrderStatus.Completed;

    public static ListingStatus ToListing(string? status) => status switch
    {
        "ACTIVATE" => ListingStatus.Listed,
        "DRAFT" or "SELLER_DEACTIVATED" => ListingStatus.Delisted,
        "PENDING" or "FAILED" => ListingStatus.InReview,
        "PLATFORM_DEACTIVATED" or "FREEZE" => ListingStatus.Banned,
        _ => ListingStatus.Deleted,
    };
}
