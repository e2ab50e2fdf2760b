using CommerceHub.Connectors.Abstractions;
using Microsoft.Extensions.Logging;

namespace CommerceHub.Connectors.Douyin;

// Never log tokens, the app secret or signatures.
internal static partial class Log
{
    [LoggerMessage(3201, LogLevel.Information, "{Marketplace} shop {ShopId} order {ExternalOrderId} shipped with tracking; already shipped before: {AlreadyArranged}")]
    public static partial void ShipmentArranged(ILogger logger, Marketplace marketplace, string shopId, string externalOrderId, bool alreadyArranged);

    [LoggerMessage(3202, LogLevel.Warning, "{Marketplace} push with an invalid event-sign rejected")]
    public static partial void PushRejected(ILogger logger, Marketplace marketplace);

    [LoggerMessage(3203, LogLevel.Warning, "{Marketplace} shop {ShopId} refused the update of product {ExternalItemId} ({PlatformCode})")]
    public static partial void BatchRefused(ILogger logger, Marketplace marketplace, string shopId, string externalItemId, string? platformCode);

    [LoggerMessage(3204, LogLevel.Debug, "{Marketplace} shop {ShopId} order window {From} to {To} read: {Count} orders")]
    public static partial void OrderWindowRead(ILogger logger, Marketplace marketplace, string shopId, DateTimeOffset from, DateTimeOffset to, int count);
}
