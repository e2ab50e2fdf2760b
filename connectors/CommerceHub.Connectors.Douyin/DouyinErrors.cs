using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.Douyin;

/// <summary>
/// Douyin's answers to the exception family, in one table. Errors come with HTTP 200 and code ≠ 10000 (err_no on newer
/// gateways); the sub_code decides where the code covers several cases (40003: signature, timestamp or token).
/// HTTP status only decides when the body has no code.
/// </summary>
internal static class DouyinErrors
{
    public const int Success = 10000;

    private enum Kind { AccessToken, Grant, Credentials, Permission, RateLimited, NotFound, Validation, Unavailable }

    private static readonly Dictionary<string, Kind> SubCodes = new(StringComparer.Ordinal)
    {
        ["isv.access-token-expired"] = Kind.AccessToken,   // refresh once and repeat
        ["isv.access-token-no-existed"] = Kind.AccessToken,
        ["isv.access-token-missing"] = Kind.AccessToken,
        ["isv.access-token-invalid"] = Kind.Credentials,   // token of another app: a configuration problem
        ["isv.signature-invalid"] = Kind.Credentials,
        ["isv.signature-missing"] = Kind.Credentials,
        ["isv.app-id-invalid"] = Kind.Credentials,
        ["isv.app-id-missing"] = Kind.Credentials,
        ["isv.app-id-expired"] = Kind.Credentials,
        ["isv.timestamp-invalid"] = Kind.Credentials,       // clock skew
        ["isv.timestamp-format-error"] = Kind.Credentials,
        ["isv.app-permissions-insufficient"] = Kind.Permission,
        ["dop.authorization-no-existed"] = Kind.Grant,
        ["dop.authorization-closed"] = Kind.Grant,
        ["dop.app-forbidden"] = Kind.Credentials,
        ["dop.token-generate-failed:app-secret-invalid"] = Kind.Credentials,
        ["dop.token-generate-failed:grant-type-invalid"] = Kind.Credentials,
        ["dop.token-generate-failed:app-forbidden"] = Kind.Credentials,
    };

    private static readonly Dictionary<int, Kind> Codes = new()
    {
        [20000] = Kind.Unavailable,
        [20001] = Kind.Unavailable,   // internal timeout
        [30001] = Kind.Permission,
        [30002] = Kind.Credentials,   // caller IP not on the allow-list
        [40001] = Kind.Validation,
        [40002] = Kind.Validation,
        [40003] = Kind.Validation,
        [40004] = Kind.Validation,
        [50001] = Kind.Grant,         // token generation failed: code or refresh token refused (unless a sub code says otherwise)
        [50002] = Kind.Validation,    // business failure; "不存在" in sub_msg means not found
        [60000] = Kind.RateLimited,
        [70000] = Kind.Validation,    // method unknown or retired
        [80000] = Kind.Permission,
        [90000] = Kind.Unavailable,
    };

    public static MarketplaceException FromResponse(int httpStatus, int? code, string? subCode, string? message, string? logId, string? rawBody)
    {
        var platformCode = string.IsNullOrEmpty(subCode) ? code?.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{code}:{subCode}";
        var error = new MarketplaceError(Marketplace.Douyin, httpStatus, platformCode, logId, rawBody);
        var text = $"Douyin Shop {platformCode ?? "HTTP " + httpStatus}: {message}";
        return KindOf(httpStatus, code, subCode, message) switch
        {
            Kind.AccessToken => new MarketplaceAuthException(error, AuthFailure.AccessToken, text),
            Kind.Grant => new MarketplaceAuthException(error, AuthFailure.Grant, text),
            Kind.Credentials => new MarketplaceAuthException(error, AuthFailure.Credentials, text),
            Kind.Permission => new MarketplaceAuthException(error, AuthFailure.Permission, text),
            Kind.RateLimited => new MarketplaceRateLimitedException(error, null, text),
            Kind.NotFound => new MarketplaceNotFoundException(error, text),
            Kind.Unavailable => new MarketplaceUnavailableException(error, text),
            _ => new MarketplaceValidationException(error, text),
        };
    }

    /// <summary>No answer at all: network error or timeout. Whether Douyin acted on the call is unknown.</summary>
    public static MarketplaceUnavailableException Transport(string method, Exception? cause) =>
        new(new MarketplaceError(Marketplace.Douyin, null, null, null, null), $"Douyin Shop {method}: no response ({cause?.GetType().Name ?? "timeout"}).", cause);

    /// <summary>Refused before sending: the request cannot be right for Douyin.</summary>
    public static MarketplaceValidationException Client(string code, string message) =>
        new(new MarketplaceError(Marketplace.Douyin, null, code, null, null), message);

    private static Kind KindOf(int httpStatus, int? code, string? subCode, string? message)
    {
        if (subCode is not null && SubCodes.TryGetValue(subCode, out var bySub))
        {
            return bySub;
        }

        if (code is { } known && Codes.TryGetValue(known, out var kind))
        {
            return kind == Kind.Validation && known == 50002 && message?.Contains("不存在", StringComparison.Ordinal) == true ? Kind.NotFound : kind;
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
}
