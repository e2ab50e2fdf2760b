using CommerceHub.Connectors.Abstractions;
using Microsoft.Extensions.Logging;

namespace CommerceHub.Connectors.TikTok;

// Never log tokens, the app secret, signatures or token-call URLs (they carry the secret).
internal static partial class Log
{
    [LoggerMessage(3101, LogLevel.Information, "{Marketplace} shop {ShopId} product {ExternalItemId} created for SKU {Sku} with {VariantCount} SKUs")]
    public static partial void ListingCreated(ILogger logger, Marketplace marketplace, string shopId, string externalItemId, string sku, int variantCount);

    [LoggerMessage(3102, LogLevel.Information, "{Marketplace} shop {ShopId} product for SKU {Sku} already existed as {ExternalItemId}; not created again")]
    public static partial void ListingFound(ILogger logger, Marketplace marketplace, string shopId, string sku, string externalItemId);

    [LoggerMessage(3103, LogLevel.Information, "{Marketplace} shop {ShopId} order {ExternalOrderId} shipment arranged ({Method}); already arranged before: {AlreadyArranged}")]
    public static partial void ShipmentArranged(ILogger logger, Marketplace marketplace, string shopId, string externalOrderId, ShipmentMethod method, bool alreadyArranged);

    [LoggerMessage(3104, LogLevel.Warning, "{Marketplace} push with an invalid signature rejected")]
    public static partial void PushRejected(ILogger logger, Marketplace marketplace);

    [LoggerMessage(3105, LogLevel.Warning, "{Marketplace} shop {ShopId} refused the update of product {ExternalItemId} ({PlatformCode})")]
    public static partial void BatchRefused(ILogger logger, Marketplace marketplace, string shopId, string externalItemId, string? platformCode);

    [LoggerMessage(3106, LogLevel.Information, "{Marketplace} shop {ShopId} product {ExternalItemId} edited: {AddedCount} SKUs added, listed: {Listed}")]
    public static partial void ListingUpdated(ILogger logger, Marketplace marketplace, string shopId, string externalItemId, int addedCount, bool listed);

    [LoggerMessage(3107, LogLevel.Information, "{Marketplace} shop {ShopId} product {ExternalItemId} deactivated")]
    public static partial void ListingDelisted(ILogger logger, Marketplace marketplace, string shopId, string externalItemId);
}
