using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.Lazada;

/// <summary>
/// Lazada's error codes to the exception family, in one table. Errors come as {type: ISV|ISP|SYSTEM, code, message,
/// request_id}, usually with HTTP 200, so the body's code decides; the type and HTTP status decide only for unknown codes.
/// </summary>
internal static class LazadaErrors
{
    /// <summary>ApiCallLimit says "The ban will last 1 seconds": wait that long before the next call.</summary>
    public static readonly TimeSpan CallLimitBan = TimeSpan.FromSeconds(1);

    private enum Kind { AccessToken, Grant, Credentials, Permission, RateLimited, Banned, NotFound, Validation, Unavailable }

    private static readonly Dictionary<string, Kind> Table = new(StringComparer.Ordinal)
    {
        ["IllegalAccessToken"] = Kind.AccessToken,
        ["InvalidCode"] = Kind.Grant,
        ["IllegalRefreshToken"] = Kind.Grant,
        ["IncompleteSignature"] = Kind.Credentials,
        ["InvalidAppKey"] = Kind.Credentials,
        ["InvalidTimestamp"] = Kind.Credentials,
        ["SellerNotVerified"] = Kind.Permission,
        ["ApiCallLimit"] = Kind.Banned,
        ["E901"] = Kind.RateLimited,
        ["901"] = Kind.RateLimited,
        ["MissingParameter"] = Kind.Validation,
        ["InvalidParameter"] = Kind.Validation,
        ["4171"] = Kind.Validation, // more than 50 SKUs in one call
        ["500"] = Kind.Validation,  // SKUs rejected; "detail" says which
        ["16"] = Kind.NotFound,     // E016: Invalid Order ID
        ["207"] = Kind.NotFound,    // E207: Product does not exist
        ["ServiceUnavailable"] = Kind.Unavailable,
    };

    public static MarketplaceException FromResponse(int httpStatus, string? type, string? code, string? message, string? requestId, string? rawBody)
    {
        var error = new MarketplaceError(Marketplace.Lazada, httpStatus, string.IsNullOrEmpty(code) ? null : code, requestId, rawBody);
        var text = $"Lazada {type} {code ?? "HTTP " + httpStatus}: {message}";
        return KindOf(httpStatus, type, code) switch
        {
            Kind.AccessToken => new MarketplaceAuthException(error, AuthFailure.AccessToken, text),
            Kind.Grant => new MarketplaceAuthException(error, AuthFailure.Grant, text),
            Kind.Credentials => new MarketplaceAuthException(error, AuthFailure.Credentials, text),
            Kind.Permission => new MarketplaceAuthException(error, AuthFailure.Permission, text),
            Kind.Banned => new MarketplaceRateLimitedException(error, CallLimitBan, text),
            Kind.RateLimited => new MarketplaceRateLimitedException(error, null, text),
            Kind.NotFound => new MarketplaceNotFoundException(error, text),
            Kind.Unavailable => new MarketplaceUnavailableException(error, text),
            _ => new MarketplaceValidationException(error, text),
        };
    }

    /// <summary>No answer at all: network error or timeout. Whether Lazada acted on the call is unknown.</summary>
    public static MarketplaceUnavailableException Transport(string api, Exception? cause) =>
        new(new MarketplaceError(Marketplace.Lazada, null, null, null, null), $"Lazada {api}: no response ({cause?.GetType().Name ?? "timeout"}).", cause);

    /// <summary>Refused before sending: the request cannot be right for Lazada.</summary>
    public static MarketplaceValidationException Client(string code, string message) =>
        new(new MarketplaceError(Marketplace.Lazada, null, code, null, null), message);

    private static Kind KindOf(int httpStatus, string? type, string? code)
    {
        if (!string.IsNullOrEmpty(code) && Table.TryGetValue(code, out var kind))
        {
            return kind;
        }

        return httpStatus switch
        {
            429 => Kind.RateLimited,
            401 or 403 => Kind.AccessToken,
            404 => Kind.NotFound,
            >= 500 or 408 => Kind.Unavailable,
            _ when type == "SYSTEM" => Kind.Unavailable,
            _ => Kind.Validation,
        };
    }
}
