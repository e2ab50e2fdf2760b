using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.Douyin;

/// <summary>
/// Douyin's order status codes to the hub's (the codes are guesses, see <see cref="DouyinAssumptions"/>); anything
/// else is Unknown rather than a guess.
/// </summary>
internal static class DouyinStatuses
{
    public const int AwaitingShipment = DouyinAssumptions.AwaitingShipment;

    public static OrderStatus ToHub(int status) => status switch
    {
        // 105: paid but still in its confirmation period (pre-sale, risk checks); it cannot be shipped yet.
        1 or 105 => OrderStatus.Unpaid,
        AwaitingShipment => OrderStatus.ReadyToShip,
        101 => OrderStatus.Processed,
        3 => OrderStatus.Shipped,
        4 => OrderStatus.Cancelled,
        5 => OrderStatus.Completed,
        _ => OrderStatus.Unknown,
    };

    /// <summary>True once the order left the seller (by an earlier attempt or in the seller back office).</summary>
    public static bool IsShipped(int status) => ToHub(status) is OrderStatus.Processed or OrderStatus.Shipped or OrderStatus.Completed;

    /// <summary>product.listV2 status: 0 on sale, 1 off the shelf, 2 deleted.</summary>
    public static ListingStatus ToListing(int status) => status switch
    {
        0 => ListingStatus.Listed,
        1 => ListingStatus.Delisted,
        _ => ListingStatus.Deleted,
    };
}
