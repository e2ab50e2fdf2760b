using CommerceHub.Connectors.Abstractions;
using Microsoft.Extensions.Logging;

namespace CommerceHub.Connectors.Taobao;

// Never log sessions, the app secret or signatures.
internal static partial class Log
{
    [LoggerMessage(6001, LogLevel.Information, "{Marketplace} shop {ShopId} item {ExternalItemId} created for SKU {Sku}")]
    public static partial void ListingCreated(ILogger logger, Marketplace marketplace, string shopId, long externalItemId, string sku);

    [LoggerMessage(6002, LogLevel.Information, "{Marketplace} shop {ShopId} item for SKU {Sku} already existed as {ExternalItemId}; not created again")]
    public static partial void ListingFound(ILogger logger, Marketplace marketplace, string shopId, string sku, string externalItemId);

    [LoggerMessage(6003, LogLevel.Information, "{Marketplace} shop {ShopId} trade {ExternalOrderId} sent with waybill; already sent before: {AlreadyArranged}")]
    public static partial void ShipmentArranged(ILogger logger, Marketplace marketplace, string shopId, string externalOrderId, bool alreadyArranged);

    [LoggerMessage(6004, LogLevel.Debug, "{Marketplace} shop {ShopId} trades modified in [{From}, {To}] page {Page}")]
    public static partial void OrderPage(ILogger logger, Marketplace marketplace, string shopId, DateTimeOffset from, DateTimeOffset to, int page);

    [LoggerMessage(6005, LogLevel.Information, "{Marketplace} shop {ShopId} refused item {ExternalItemId}: {Reason}")]
    public static partial void ItemRefused(ILogger logger, Marketplace marketplace, string shopId, string externalItemId, string reason);
}
