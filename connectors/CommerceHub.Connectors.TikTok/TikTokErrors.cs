using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.TikTok;

/// <summary>
/// TikTok Shop's codes to the exception family, in one table. The body's code decides (0 = success); HTTP status
/// only decides when the body has none. 36009004 covers both credentials and the access token: the message tells.
/// </summary>
internal static class TikTokErrors
{
    private enum Kind { AccessToken, Grant, Credentials, Permission, RateLimited, NotFound, Validation, Unavailable }

    private static readonly Dictionary<int, Kind> Table = new()
    {
        [105002] = Kind.AccessToken,  // expired access token: refresh once and repeat
        [106001] = Kind.Credentials,  // bad sign
        [36009004] = Kind.Credentials, // missing/invalid credentials or timestamp; refined for the token below
        [36009033] = Kind.Credentials, // IP not allow-listed
        [105005] = Kind.Permission,   // scope not granted
        [101000] = Kind.Permission,   // token not for the shop of shop_cipher
        [106013] = Kind.Validation,   // missing shop_cipher
        [36009002] = Kind.RateLimited,
        [36009003] = Kind.Unavailable,
        [36009007] = Kind.Unavailable, // platform-side timeout
        [36004004] = Kind.Grant,      // auth code invalid, used or expired
        [36004005] = Kind.Grant,      // refresh token invalid, used or expired
        [12052004] = Kind.NotFound,
        [12052230] = Kind.Validation,  // product status does not allow the move (activate, deactivate)
        [21011001] = Kind.NotFound,
        [21011002] = Kind.NotFound,
        [21011003] = Kind.Validation,
        [40006] = Kind.Validation,
    };

    public static MarketplaceException FromResponse(int httpStatus, int? code, string? message, string? requestId, string? rawBody, TimeSpan? retryAfter)
    {
        var platformCode = code is null or 0 ? null : code.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var error = new MarketplaceError(Marketplace.TikTokShop, httpStatus, platformCode, requestId, rawBody);
        var text = $"TikTok Shop {platformCode ?? "HTTP " + httpStatus}: {message}";
        return KindOf(httpStatus, code, message) switch
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

    /// <summary>No answer at all: network error or timeout. Whether TikTok acted on the call is unknown.</summary>
    public static MarketplaceUnavailableException Transport(string api, Exception? cause) =>
        new(new MarketplaceError(Marketplace.TikTokShop, null, null, null, null), $"TikTok Shop {api}: no response ({cause?.GetType().Name ?? "timeout"}).", cause);

    /// <summary>Refused before sending: the request cannot be right for TikTok.</summary>
    public static MarketplaceValidationException Client(string code, string message) =>
        new(new MarketplaceError(Marketplace.TikTokShop, null, code, null, null), message);

    private static Kind KindOf(int httpStatus, int? code, string? message)
    {
        if (code is { } known && known != 0 && Table.TryGetValue(known, out var kind))
        {
            return kind == Kind.Credentials && known == 36009004 && IsTokenMessage(message) ? Kind.AccessToken : kind;
        }

        return httpStatus switch
        {
            429 => Kind.RateLimited,
            401 => Kind.AccessToken,
            403 => Kind.Permission,
            404 => Kind.NotFound,
            >= 500 or 408 => Kind.Unavailable,
            _ => Kind.Validation,
        };
    }

    private static bool IsTokenMessage(string? message) =>
        message is not null
        && (message.Contains("access-token", StringComparison.OrdinalIgnoreCase) || message.Contains("access_token", StringComparison.OrdinalIgnoreCase));
}
