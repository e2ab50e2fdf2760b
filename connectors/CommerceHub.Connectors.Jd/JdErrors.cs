using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.Jd;

/// <summary>
/// JD's answers to the exception family, in one table: gateway errors {"error_response":{code, zh_desc, en_desc}},
/// business failures inside a successful envelope (apiResult.success false, HTTP 200 too), and OAuth {code, msg}.
/// The Chinese description is kept in the message as sent.
/// </summary>
internal static class JdErrors
{
    private enum Kind { AccessToken, Grant, Credentials, Permission, RateLimited, NotFound, Validation, Unavailable }

    private static readonly Dictionary<string, Kind> Table = new(StringComparer.Ordinal)
    {
        ["1"] = Kind.Unavailable,
        ["11"] = Kind.Credentials,  // timestamp out of range
        ["14"] = Kind.Credentials,  // invalid sign
        ["15"] = Kind.Credentials,  // invalid app_key
        [JdConnectorAssumptions.CallLimited] = Kind.RateLimited,
        [JdConnectorAssumptions.InvalidToken] = Kind.AccessToken,
    };

    public static MarketplaceException FromResponse(int httpStatus, string? code, string? zhDesc, string? enDesc, string? rawBody)
    {
        var error = new MarketplaceError(Marketplace.JD, httpStatus, code, null, rawBody);
        var text = $"JD {code ?? "HTTP " + httpStatus}: {zhDesc} ({enDesc})";
        return Exception(KindOf(httpStatus, code), error, text);
    }

    /// <summary>apiResult.success false: the call reached JD and was refused for a business reason.</summary>
    public static MarketplaceException Business(string method, string? zh, string? en, bool notFound, string rawBody) =>
        Exception(notFound ? Kind.NotFound : Kind.Validation, new MarketplaceError(Marketplace.JD, 200, "apiResult", null, rawBody), $"JD {method}: {zh} ({en})");

    public static MarketplaceException OAuth(int httpStatus, int? code, string? message, string rawBody)
    {
        var kind = code switch
        {
            JdConnectorAssumptions.OAuthBadGrant => Kind.Grant,
            JdConnectorAssumptions.OAuthBadClient => Kind.Credentials,
            null => KindOf(httpStatus, null),
            _ => Kind.Validation,
        };
        return Exception(kind, new MarketplaceError(Marketplace.JD, httpStatus, code?.ToString(System.Globalization.CultureInfo.InvariantCulture), null, rawBody), $"JD OAuth {code}: {message}");
    }

    public static MarketplaceUnavailableException Transport(string api, Exception? cause) =>
        new(new MarketplaceError(Marketplace.JD, null, null, null, null), $"JD {api}: no response ({cause?.GetType().Name ?? "timeout"}).", cause);

    public static MarketplaceValidationException Client(string code, string message) =>
        new(new MarketplaceError(Marketplace.JD, null, code, null, null), message);

    private static MarketplaceException Exception(Kind kind, MarketplaceError error, string text) => kind switch
    {
        Kind.AccessToken => new MarketplaceAuthException(error, AuthFailure.AccessToken, text),
        Kind.Grant => new MarketplaceAuthException(error, AuthFailure.Grant, text),
        Kind.Credentials => new MarketplaceAuthException(error, AuthFailure.Credentials, text),
        Kind.Permission => new MarketplaceAuthException(error, AuthFailure.Permission, text),
        Kind.RateLimited => new MarketplaceRateLimitedException(error, JdConnectorAssumptions.CallLimitPause, text),
        Kind.NotFound => new MarketplaceNotFoundException(error, text),
        Kind.Unavailable => new MarketplaceUnavailableException(error, text),
        _ => new MarketplaceValidationException(error, text),
    };

    private static Kind KindOf(int httpStatus, string? code)
    {
        if (code is not null && Table.TryGetValue(code, out var kind))
        {
            return kind;
        }

        return httpStatus switch
        {
            429 => Kind.RateLimited,
            401 or 403 => Kind.Credentials,
            >= 500 or 408 => Kind.Unavailable,
            _ => Kind.Validation,
        };
    }
}
