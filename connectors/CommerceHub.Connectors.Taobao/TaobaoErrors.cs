using System.Globalization;
using System.Text.RegularExpressions;
using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.Taobao;

/// <summary>
/// TOP's error_response{code, msg, sub_code, sub_msg} (always HTTP 200) and the OAuth endpoint's {error,
/// error_description} to the exception family, in one table. The sub_code decides first, then the code, then HTTP.
/// </summary>
internal static partial class TaobaoErrors
{
    private enum Kind { AccessToken, Grant, Credentials, Permission, RateLimited, NotFound, Validation, Unavailable }

    private static readonly Dictionary<string, Kind> Codes = new(StringComparer.Ordinal)
    {
        ["7"] = Kind.RateLimited,   // App Call Limited
        ["10"] = Kind.Unavailable,  // Service Currently Unavailable
        ["11"] = Kind.Permission,   // Insufficient ISV Permissions
        ["12"] = Kind.Permission,   // Insufficient User Permissions
        ["25"] = Kind.Credentials,  // Invalid signature
        ["26"] = Kind.AccessToken,  // Missing Session
        ["27"] = Kind.AccessToken,  // Invalid session
        ["28"] = Kind.Credentials,  // Missing App Key
        ["29"] = Kind.Credentials,  // Invalid App Key
        ["31"] = Kind.Credentials,  // Invalid Timestamp (clock skew)
        ["invalid_grant"] = Kind.Grant,
        ["invalid_client"] = Kind.Credentials,
        ["unauthorized_client"] = Kind.Credentials,
    };

    private static readonly Dictionary<string, Kind> SubCodes = new(StringComparer.Ordinal)
    {
        ["accesscontrol.limited-by-app-access-count"] = Kind.RateLimited,
        ["isv.trade-not-exist"] = Kind.NotFound,
        ["isv.item-not-exist"] = Kind.NotFound,
        ["invalid-sessionkey"] = Kind.AccessToken,
    };

    public static MarketplaceException FromResponse(int httpStatus, string? code, string? msg, string? subCode, string? subMsg, string? requestId, string? rawBody)
    {
        var error = new MarketplaceError(Marketplace.Taobao, httpStatus, subCode ?? code, requestId, rawBody);
        var text = $"Taobao {code ?? "HTTP " + httpStatus} {subCode}: {msg} {subMsg}".TrimEnd();
        return KindOf(httpStatus, code, subCode) switch
        {
            Kind.AccessToken => new MarketplaceAuthException(error, AuthFailure.AccessToken, text),
            Kind.Grant => new MarketplaceAuthException(error, AuthFailure.Grant, text),
            Kind.Credentials => new MarketplaceAuthException(error, AuthFailure.Credentials, text),
            Kind.Permission => new MarketplaceAuthException(error, AuthFailure.Permission, text),
            Kind.RateLimited => new MarketplaceRateLimitedException(error, Ban(subMsg), text),
            Kind.NotFound => new MarketplaceNotFoundException(error, text),
            Kind.Unavailable => new MarketplaceUnavailableException(error, text),
            _ => new MarketplaceValidationException(error, text),
        };
    }

    /// <summary>No answer at all: network error or timeout. Whether Taobao acted on the call is unknown.</summary>
    public static MarketplaceUnavailableException Transport(string api, Exception? cause) =>
        new(new MarketplaceError(Marketplace.Taobao, null, null, null, null), $"Taobao {api}: no response ({cause?.GetType().Name ?? "timeout"}).", cause);

    /// <summary>Refused before sending: the request cannot be right for Taobao.</summary>
    public static MarketplaceValidationException Client(string code, string message) =>
        new(new MarketplaceError(Marketplace.Taobao, null, code, null, null), message);

    private static Kind KindOf(int httpStatus, string? code, string? subCode)
    {
        if (subCode is not null && SubCodes.TryGetValue(subCode, out var bySub))
        {
            return bySub;
        }

        if (subCode is not null && subCode.StartsWith("isp.", StringComparison.Ordinal))
        {
            return Kind.Unavailable; // the platform's own failure, per TOP's isp/isv split
        }

        if (code is not null && Codes.TryGetValue(code, out var byCode))
        {
            return byCode;
        }

        return httpStatus switch
        {
            429 => Kind.RateLimited,
            401 or 403 => Kind.Credentials,
            >= 500 or 408 => Kind.Unavailable,
            _ => Kind.Validation,
        };
    }

    /// <summary>"This ban will last for 1 more seconds": wait that long.</summary>
    private static TimeSpan Ban(string? subMsg) =>
        subMsg is not null && BanPattern().Match(subMsg) is { Success: true } match
            ? TimeSpan.FromSeconds(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))
            : TaobaoConnectorAssumptions.DefaultBan;

    [GeneratedRegex(@"last for (\d{1,5}) more second")]
    private static partial Regex BanPattern();
}
