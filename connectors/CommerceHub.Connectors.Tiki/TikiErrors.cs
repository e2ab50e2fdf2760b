using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.Tiki;

/// <summary>
/// Tiki's errors to the exception family, in one table. The token endpoint answers RFC 6749 §5.2 bodies
/// {error, error_description}; the Seller API answers {data:null, error{code, message, reason}} with an HTTP status.
/// </summary>
internal static class TikiErrors
{
    private enum Kind { AccessToken, Grant, Credentials, Permission, RateLimited, NotFound, Validation, Unavailable }

    /// <summary>RFC 6749 §5.2 (token endpoint) and §4.1.2.1 codes.</summary>
    private static readonly Dictionary<string, Kind> OAuth = new(StringComparer.Ordinal)
    {
        ["invalid_grant"] = Kind.Grant,
        ["access_denied"] = Kind.Grant,
        ["invalid_client"] = Kind.Credentials,
        ["unauthorized_client"] = Kind.Credentials,
        ["invalid_request"] = Kind.Validation,
        ["invalid_scope"] = Kind.Validation,
        ["unsupported_grant_type"] = Kind.Validation,
        ["server_error"] = Kind.Unavailable,
        ["temporarily_unavailable"] = Kind.Unavailable,
    };

    /// <summary>Seller API error codes; a 401 always means "refresh the access token and try again".</summary>
    private static readonly Dictionary<string, Kind> Api = new(StringComparer.Ordinal)
    {
        ["unauthorized"] = Kind.AccessToken,
        ["forbidden"] = Kind.Permission,
        ["not_found"] = Kind.NotFound,
        ["invalid_request"] = Kind.Validation,
        ["too_many_requests"] = Kind.RateLimited,
        ["internal_error"] = Kind.Unavailable,
    };

    /// <summary>An error from the token endpoint.</summary>
    public static MarketplaceException FromOAuth(int httpStatus, string? code, string? description, string? rawBody, TimeSpan? retryAfter)
    {
        var kind = code is not null && OAuth.TryGetValue(code, out var known) ? known : ByStatus(httpStatus);
        return Create(kind, new MarketplaceError(Marketplace.Tiki, httpStatus, code, null, rawBody), $"Tiki OAuth {code ?? "HTTP " + httpStatus}: {description}", retryAfter);
    }

    /// <summary>An error from the Seller API.</summary>
    public static MarketplaceException FromResponse(
        int httpStatus, string? code, string? message, string? reason, string? requestId, string? rawBody, TimeSpan? retryAfter)
    {
        var kind = httpStatus switch
        {
            401 => Kind.AccessToken,
            429 => Kind.RateLimited,
            >= 500 or 408 => Kind.Unavailable,
            _ when code is not null && Api.TryGetValue(code, out var known) => known,
            _ => ByStatus(httpStatus),
        };
        var text = $"Tiki {code ?? "HTTP " + httpStatus}: {message}{(reason is null ? "" : " (" + reason + ")")}";
        return Create(kind, new MarketplaceError(Marketplace.Tiki, httpStatus, code, requestId, rawBody), text, retryAfter);
    }

    /// <summary>No answer at all: network error or timeout. Whether Tiki acted on the call is unknown.</summary>
    public static MarketplaceUnavailableException Transport(string api, Exception? cause) =>
        new(new MarketplaceError(Marketplace.Tiki, null, null, null, null), $"Tiki {api}: no response ({cause?.GetType().Name ?? "timeout"}).", cause);

    /// <summary>Refused before sending: the request cannot be right for Tiki (for example a price with decimals).</summary>
    public static MarketplaceValidationException Client(string code, string message) =>
        new(new MarketplaceError(Marketplace.Tiki, null, code, null, null), message);

    private static Kind ByStatus(int httpStatus) => httpStatus switch
    {
        401 => Kind.AccessToken,
        403 => Kind.Permission,
        404 => Kind.NotFound,
        429 => Kind.RateLimited,
        >= 500 or 408 => Kind.Unavailable,
        _ => Kind.Validation,
    };

    private static MarketplaceException Create(Kind kind, MarketplaceError error, string text, TimeSpan? retryAfter) => kind switch
    {
        Kind.AccessToken => new MarketplaceAuthException(error, AuthFailure.AccessToken, text),
        Kind.Grant => new MarketplaceAuthException(error, AuthFailure.Grant, text),
        Kind.Credentials => new MarketplaceAuthException(error, AuthFailure.Credentials, text),
        Kind.Permission => new MarketplaceAuthException(error, AuthFailure.Permission, text),
        Kind.RateLimited => new MarketplaceRateLimitedException(error, retryAfter, text),
        Kind.NotFound => new MarketplaceNotFoundException(error, text),
        Kind.Unavailable => new MarketplaceUnavailableException(error, text),
        _ => new MarketplaceValidationException(error, text),
    };
}
