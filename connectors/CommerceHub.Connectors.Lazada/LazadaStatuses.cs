using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.Lazada;

/// <summary>Lazada's per-item statuses to the hub's; an order is as far as its least advanced live item.</summary>
internal static class LazadaStatuses
{
    public const string Pending = "pending";
    public const string Repacked = "repacked";
    public const string Packed = "packed";
    public const string ReadyToShip = "ready_to_ship";
    public const string Canceled = "canceled";

    // The forward flow; an order's status is its earliest item on it.
    private static readonly string[] Flow = ["unpaid", Pending, Repacked, "topack", Packed, "toship", ReadyToShip, "shipping", "shipped", "delivered"];

    public static OrderStatus ToHub(string? status) => status switch
    {
        "unpaid" => OrderStatus.Unpaid,
        Pending or Repacked or "topack" => OrderStatus.ReadyToShip,
        Packed or ReadyToShip or "toship" => OrderStatus.Processed,
        "shipped" or "shipping" => OrderStatus.Shipped,
        "delivered" => OrderStatus.Completed,
        Canceled => OrderStatus.Cancelled,
        "returned" or "failed" or "failed_delivery" or "shipped_back" or "shipped_back_success" or "shipped_back_failed"
            or "lost" or "lost_by_3pl" or "damaged_by_3pl" or "package_scrapped" => OrderStatus.Returning,
        _ => OrderStatus.Unknown,
    };

    /// <summary>The order's platform status from its items' statuses.</summary>
    public static string OrderStatusOf(IReadOnlyList<string> statuses)
    {
        if (statuses.Count == 0)
        {
            return "";
        }

        var onFlow = statuses.Where(s => Array.IndexOf(Flow, s) >= 0).ToList();
        if (onFlow.Count > 0)
        {
            return onFlow.MinBy(s => Array.IndexOf(Flow, s))!; // non-empty
        }

        return statuses.FirstOrDefault(s => s != Canceled) ?? Canceled;
    }

    public static ListingStatus ToListing(string? productStatus, IEnumerable<string?> skuStatuses) => productStatus?.ToLowerInvariant() switch
    {
        "deleted" => ListingStatus.Deleted,
        "inactive" => ListingStatus.Delisted,
        "pending" => ListingStatus.InReview,
        "rejected" => ListingStatus.Banned,
        _ => skuStatuses.Any(s => string.Equals(s, "active", StringComparison.OrdinalIgnoreCase)) ? ListingStatus.Listed : ListingStatus.Delisted,
    };
}
