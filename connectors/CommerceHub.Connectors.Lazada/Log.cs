using CommerceHub.Connectors.Abstractions;
using Microsoft.Extensions.Logging;

namespace CommerceHub.Connectors.Lazada;

// Never log tokens, the app secret or signatures.
internal static partial class Log
{
    [LoggerMessage(4001, LogLevel.Information, "{Marketplace} shop {ShopId} product {ExternalItemId} created for SKU {Sku} with {SkuCount} SKUs")]
    public static partial void ListingCreated(ILogger logger, Marketplace marketplace, string shopId, long externalItemId, string sku, int skuCount);

    [LoggerMessage(4002, LogLevel.Information, "{Marketplace} shop {ShopId} product for SKU {Sku} already existed as {ExternalItemId}; not created again")]
    public static partial void ListingFound(ILogger logger, Marketplace marketplace, string shopId, string sku, string externalItemId);

    [LoggerMessage(4003, LogLevel.Information, "{Marketplace} shop {ShopId} order {ExternalOrderId} ready to ship; already arranged before: {AlreadyArranged}")]
    public static partial void ShipmentArranged(ILogger logger, Marketplace marketplace, string shopId, string externalOrderId, bool alreadyArranged);

    [LoggerMessage(4004, LogLevel.Debug, "{Marketplace} shop {ShopId} orders updated from {From} at offset {Offset}")]
    public static partial void OrderPage(ILogger logger, Marketplace marketplace, string shopId, DateTimeOffset from, int offset);

    [LoggerMessage(4005, LogLevel.Warning, "{Marketplace} push with an invalid signature rejected")]
    public static partial void PushRejected(ILogger logger, Marketplace marketplace);

    [LoggerMessage(4006, LogLevel.Information, "{Marketplace} shop {ShopId} refused {Count} SKUs of a batch; sending the others again")]
    public static partial void SkusRefused(ILogger logger, Marketplace marketplace, string shopId, int count);
}
