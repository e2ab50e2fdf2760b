using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.Shopee;

/// <summary>
/// Shopee's error codes to the exception family, in one table. Shopee documents codes, not HTTP statuses, and
/// sends some errors with HTTP 200, so the body's "error" decides; the status only decides when the body has none.
/// </summary>
internal static class ShopeeErrors
{
    private enum Kind { AccessToken, Grant, Credentials, Permission, RateLimited, DailyLimit, NotFound, Validation, Unavailable }

    private static readonly Dictionary<string, Kind> Table = new(StringComparer.Ordinal)
    {
        ["error_auth"] = Kind.AccessToken, // refined by message below: bad code / refresh token means the grant is gone
        ["error_sign"] = Kind.Credentials,
        ["error_partner_key_expired"] = Kind.Credentials,
        ["source_ip_undeclared"] = Kind.Credentials,
        ["error_api_permission"] = Kind.Permission,
        ["error_permission"] = Kind.Permission,
        ["shop_no_linked"] = Kind.Grant,
        ["error_shop"] = Kind.NotFound,
        ["error_rate_limit"] = Kind.RateLimited,
        ["error_limit"] = Kind.DailyLimit,
        ["error_not_found"] = Kind.NotFound,
        ["product.error_item_not_found"] = Kind.NotFound,
        ["error_server"] = Kind.Unavailable,
        ["error_inner"] = Kind.Unavailable,
        ["error_busi"] = Kind.Unavailable,
        ["error_param"] = Kind.Validation,
        ["order.order_list_invalid_time"] = Kind.Validation,
        ["logistics.order_status_error"] = Kind.Validation,
    };

    // Daily quota resets at 00:00 UTC+8.
    private static readonly TimeSpan QuotaZone = TimeSpan.FromHours(8);

    public static MarketplaceException FromResponse(
        int httpStatus, string? code, string? message, string? requestId, string? rawBody, TimeSpan? retryAfter, DateTimeOffset now)
    {
        var error = new MarketplaceError(Marketplace.Shopee, httpStatus, string.IsNullOrEmpty(code) ? null : code, requestId, rawBody);
        var text = $"Shopee {code ?? "HTTP " + httpStatus}: {message}";
        return KindOf(httpStatus, code, message) switch
        {
            Kind.AccessToken => new MarketplaceAuthException(error, AuthFailure.AccessToken, text),
            Kind.Grant => new MarketplaceAuthException(error, AuthFailure.Grant, text),
            Kind.Credentials => new MarketplaceAuthException(error, AuthFailure.Credentials, text),
            Kind.Permission => new MarketplaceAuthException(error, AuthFailure.Permission, text),
            Kind.RateLimited => new MarketplaceRateLimitedException(error, retryAfter, text),
            Kind.DailyLimit => new MarketplaceRateLimitedException(error, UntilQuotaReset(now), text),
            Kind.NotFound => new MarketplaceNotFoundException(error, text),
            Kind.Unavailable => new MarketplaceUnavailableException(error, text),
            _ => new MarketplaceValidationException(error, text),
        };
    }

    /// <summary>No answer at all: network error or timeout. Whether Shopee acted on the call is unknown.</summary>
    public static MarketplaceUnavailableException Transport(string api, Exception? cause) =>
        new(new MarketplaceError(Marketplace.Shopee, null, null, null, null), $"Shopee {api}: no response ({cause?.GetType().Name ?? "timeout"}).", cause);

    /// <summary>Refused before sending: the request cannot be right for Shopee (for example a price with decimals in VND).</summary>
    public static MarketplaceValidationException Client(string code, string message) =>
        new(new MarketplaceError(Marketplace.Shopee, null, code, null, null), message);

    private static Kind KindOf(int httpStatus, string? code, string? message)
    {
        if (!string.IsNullOrEmpty(code) && Table.TryGetValue(code, out var kind))
        {
            return kind == Kind.AccessToken && IsGrantMessage(message) ? Kind.Grant : kind;
        }

        return httpStatus switch
        {
            429 => Kind.RateLimited,
            401 or 403 => Kind.AccessToken,
            404 => Kind.NotFound,
            >= 500 or 408 => Kind.Unavailable,
            _ when !string.IsNullOrEmpty(code) && code.EndsWith("not_found", StringComparison.Ordinal) => Kind.NotFound,
            _ => Kind.Validation,
        };
    }

    private static bool IsGrantMessage(string? message) =>
        message is not null
        && (message.Contains("refresh_token", StringComparison.OrdinalIgnoreCase)
            || message.Contains("code", StringComparison.OrdinalIgnoreCase)
            || message.Contains("cancel", StringComparison.OrdinalIgnoreCase));

    private static TimeSpan UntilQuotaReset(DateTimeOffset now)
    {
        var local = now.ToOffset(QuotaZone);
        var midnight = new DateTimeOffset(local.Date.AddDays(1), QuotaZone);
        return midnight - now;
    }
}
