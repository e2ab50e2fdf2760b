using CommerceHub.Connectors.Abstractions;
using Microsoft.Extensions.Logging;

namespace CommerceHub.Connectors.Jd;

// Never log tokens, the app secret or signatures.
internal static partial class Log
{
    [LoggerMessage(5001, LogLevel.Information, "{Marketplace} vender {ShopId} order {ExternalOrderId} shipped; already shipped before: {AlreadyArranged}")]
    public static partial void ShipmentArranged(ILogger logger, Marketplace marketplace, string shopId, string externalOrderId, bool alreadyArranged);

    [LoggerMessage(5002, LogLevel.Debug, "{Marketplace} vender {ShopId} orders modified in [{From}, {To}] page {Page}")]
    public static partial void OrderPage(ILogger logger, Marketplace marketplace, string shopId, DateTimeOffset from, DateTimeOffset to, int page);

    [LoggerMessage(5003, LogLevel.Information, "{Marketplace} vender {ShopId} refused SKU {ExternalVariantId}: {Reason}")]
    public static partial void SkuRefused(ILogger logger, Marketplace marketplace, string shopId, string externalVariantId, string reason);
}
