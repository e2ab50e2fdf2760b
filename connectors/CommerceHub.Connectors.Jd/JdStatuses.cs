using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.Jd;

/// <summary>JD POP order states to the hub's ([U]: JD publishes no full list; unknown states map to Unknown).</summary>
internal static class JdStatuses
{
    public const string WaitStockOut = "WAIT_SELLER_STOCK_OUT";

    public static OrderStatus ToHub(string? state) => state switch
    {
        "WAIT_SELLER_STOCK_OUT" => OrderStatus.ReadyToShip,
        "WAIT_GOODS_RECEIVE_CONFIRM" => OrderStatus.Shipped,
        "FINISHED_L" => OrderStatus.Completed,
        "TRADE_CANCELED" => OrderStatus.Cancelled,
        "LOCKED" => OrderStatus.CancelRequested,
        _ => OrderStatus.Unknown,
    };

    /// <summary>Out of the warehouse or beyond: the shipment must not be sent again.</summary>
    public static bool IsShippedOrLater(string? state) => state is "WAIT_GOODS_RECEIVE_CONFIRM" or "FINISHED_L";
}
