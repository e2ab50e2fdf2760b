using CommerceHub.Connectors.Abstractions;
using Microsoft.Extensions.Logging;

namespace CommerceHub.Connectors.Tiki;

// Never log tokens or the client secret.
internal static partial class Log
{
    [LoggerMessage(4001, LogLevel.Information, "{Marketplace} seller {ShopId} product request {TrackId} sent for SKU {Sku} with {VariantCount} variants")]
    public static partial void ProductRequested(ILogger logger, Marketplace marketplace, string shopId, string trackId, string sku, int variantCount);

    [LoggerMessage(4002, LogLevel.Information, "{Marketplace} seller {ShopId} event queue {QueueCode} created and subscribed")]
    public static partial void QueueCreated(ILogger logger, Marketplace marketplace, string shopId, string queueCode);

    [LoggerMessage(4003, LogLevel.Debug, "{Marketplace} seller {ShopId} pulled {Count} events")]
    public static partial void EventsPulled(ILogger logger, Marketplace marketplace, string shopId, int count);

    [LoggerMessage(4004, LogLevel.Information, "{Marketplace} seller {ShopId} product request for SKU {Sku} already sent as {TrackId}; not sent again")]
    public static partial void ProductRequestFound(ILogger logger, Marketplace marketplace, string shopId, string sku, string trackId);

    [LoggerMessage(4010, LogLevel.Information, "{Marketplace} seller {ShopId} order {ExternalOrderId} confirmed for drop-ship; already confirmed before: {AlreadyArranged}")]
    public static partial void ShipmentArranged(ILogger logger, Marketplace marketplace, string shopId, string externalOrderId, bool alreadyArranged);
}
