using CommerceHub.Connectors.Abstractions;
using Microsoft.Extensions.Logging;

namespace CommerceHub.Connectors.Shopee;

// Never log tokens, the partner key or signatures.
internal static partial class Log
{
    [LoggerMessage(3001, LogLevel.Information, "{Marketplace} shop {ShopId} listing {ExternalItemId} created for SKU {Sku} with {VariantCount} variants")]
    public static partial void ListingCreated(ILogger logger, Marketplace marketplace, string shopId, long externalItemId, string sku, int variantCount);

    [LoggerMessage(3002, LogLevel.Information, "{Marketplace} shop {ShopId} listing for SKU {Sku} already existed as {ExternalItemId}; not created again")]
    public static partial void ListingFound(ILogger logger, Marketplace marketplace, string shopId, string sku, long externalItemId);

    [LoggerMessage(3003, LogLevel.Information, "{Marketplace} shop {ShopId} order {ExternalOrderId} shipment arranged ({Method}); already arranged before: {AlreadyArranged}")]
    public static partial void ShipmentArranged(ILogger logger, Marketplace marketplace, string shopId, string externalOrderId, ShipmentMethod method, bool alreadyArranged);

    [LoggerMessage(3004, LogLevel.Debug, "{Marketplace} shop {ShopId} order window {From} to {To}")]
    public static partial void OrderWindow(ILogger logger, Marketplace marketplace, string shopId, DateTimeOffset from, DateTimeOffset to);

    [LoggerMessage(3005, LogLevel.Warning, "{Marketplace} push with an invalid signature rejected")]
    public static partial void PushRejected(ILogger logger, Marketplace marketplace);
}
