using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.Shopee;

/// <summary>Shopee's order statuses to the hub's.</summary>
internal static class ShopeeStatuses
{
    public const string ReadyToShip = "READY_TO_SHIP";
    public const string RetryShip = "RETRY_SHIP";

    public static OrderStatus ToHub(string? status) => status switch
    {
        "UNPAID" or "PENDING" or "INVOICE_PENDING" => OrderStatus.Unpaid,
        ReadyToShip => OrderStatus.ReadyToShip,
        "PROCESSED" or RetryShip => OrderStatus.Processed,
        "SHIPPED" => OrderStatus.Shipped,
        "TO_CONFIRM_RECEIVE" => OrderStatus.Delivered,
        "COMPLETED" => OrderStatus.Completed,
        "IN_CANCEL" => OrderStatus.CancelRequested,
        "CANCELLED" => OrderStatus.Cancelled,
        "TO_RETURN" => OrderStatus.Returning,
        _ => OrderStatus.Unknown,
    };

    public static ListingStatus ToListing(string? status) => status switch
    {
        "NORMAL" => ListingStatus.Listed,
        "UNLIST" => ListingStatus.Delisted,
        "REVIEWING" => ListingStatus.InReview,
        "BANNED" => ListingStatus.Banned,
        _ => ListingStatus.Deleted,
    };
}
