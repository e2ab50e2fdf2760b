using CommerceHub.Connectors.Abstractions;
using Microsoft.Extensions.Logging;

namespace CommerceHub.Connectors.Runtime;

// Never log tokens, keys or signatures: shop ids, API names and platform codes only.
internal static partial class Log
{
    [LoggerMessage(2001, LogLevel.Information, "{Marketplace} shop {ShopId} token refreshed; access token valid until {ExpiresAt}")]
    public static partial void TokenRefreshed(ILogger logger, Marketplace marketplace, string shopId, DateTimeOffset expiresAt);

    [LoggerMessage(2002, LogLevel.Debug, "{Marketplace} shop {ShopId} token was refreshed by another caller; using it")]
    public static partial void TokenRefreshedElsewhere(ILogger logger, Marketplace marketplace, string shopId);

    [LoggerMessage(2003, LogLevel.Warning, "{Marketplace} shop {ShopId} refused the refresh ({PlatformCode}); the seller must authorize again")]
    public static partial void ReauthorizationRequired(ILogger logger, Marketplace marketplace, string shopId, string? platformCode);

    [LoggerMessage(2004, LogLevel.Warning, "{Marketplace} shop {ShopId} token refresh failed ({PlatformCode})")]
    public static partial void RefreshFailed(ILogger logger, Marketplace marketplace, string shopId, string? platformCode, Exception exception);

    [LoggerMessage(2005, LogLevel.Information, "{Marketplace} shop {ShopId} authorized; access token valid until {ExpiresAt}")]
    public static partial void ShopAuthorized(ILogger logger, Marketplace marketplace, string shopId, DateTimeOffset expiresAt);

    [LoggerMessage(2006, LogLevel.Information, "{Marketplace} shop {ShopId} access token rejected on {Api}; refreshing once")]
    public static partial void AccessTokenRejected(ILogger logger, Marketplace marketplace, string shopId, string api);

    [LoggerMessage(2007, LogLevel.Information, "{Marketplace} shop {ShopId} {Api} retry {Attempt} after HTTP {HttpStatus} {PlatformCode}, waiting {Delay}")]
    public static partial void Retrying(ILogger logger, Marketplace? marketplace, string? shopId, string api, int attempt, int? httpStatus, string? platformCode, TimeSpan delay);

    [LoggerMessage(2008, LogLevel.Warning, "{Marketplace} shop {ShopId} {Api} failed unclearly (HTTP {HttpStatus}); checking whether it took effect before sending again")]
    public static partial void CheckingAfterUnclearFailure(ILogger logger, Marketplace marketplace, string shopId, string api, int? httpStatus);
}
