using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.Taobao;

/// <summary>TOP trade statuses (platform-apis.md §6) and item approve_status to the hub's.</summary>
internal static class TaobaoStatuses
{
    public const string WaitSellerSend = "WAIT_SELLER_SEND_GOODS";
    public const string OnSale = "onsale";
    public const string InStock = "instock";

    public static OrderStatus ToHub(string? status) => status switch
    {
        "WAIT_BUYER_PAY" or "TRADE_NO_CREATE_PAY" or "PAY_PENDING" or "WAIT_PRE_AUTH_CONFIRM" => OrderStatus.Unpaid,
        WaitSellerSend => OrderStatus.ReadyToShip,
        "SELLER_CONSIGNED_PART" => OrderStatus.Processed,
        "WAIT_BUYER_CONFIRM_GOODS" => OrderStatus.Shipped,
        "TRADE_BUYER_SIGNED" => OrderStatus.Delivered,
        "TRADE_FINISHED" => OrderStatus.Completed,
        "TRADE_CLOSED" or "TRADE_CLOSED_BY_TAOBAO" => OrderStatus.Cancelled,
        _ => OrderStatus.Unknown,
    };

    /// <summary>Sent or beyond: shipping must not be sent again.</summary>
    public static bool IsShippedOrLater(string? status) =>
        status is "WAIT_BUYER_CONFIRM_GOODS" or "TRADE_BUYER_SIGNED" or "TRADE_FINISHED" or "SELLER_CONSIGNED_PART";

    public static ListingStatus ToListing(string? approveStatus) => approveStatus == OnSale ? ListingStatus.Listed : ListingStatus.Delisted;
}
