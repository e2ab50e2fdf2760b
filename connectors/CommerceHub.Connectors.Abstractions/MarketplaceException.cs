namespace CommerceHub.Connectors.Abstractions;

/// <summary>What the platform answered, carried by every <see cref="MarketplaceException"/>.</summary>
/// <param name="Marketplace">The platform.</param>
/// <param name="HttpStatus">HTTP status; null when no response arrived (network error, timeout).</param>
/// <param name="PlatformCode">The platform's error code from the body (platforms also send errors with HTTP 200).</param>
/// <param name="RequestId">The platform's request id, for its support.</param>
/// <param name="RawBody">The response body as received (error bodies carry no tokens).</param>
public sealed record MarketplaceError(Marketplace Marketplace, int? HttpStatus, string? PlatformCode, string? RequestId, string? RawBody);

/// <summary>
/// Base of the one exception family connectors throw. Each connector builds them from one table of its platform's
/// error codes and HTTP statuses, so the hub handles errors without knowing the platform.
/// </summary>
public class MarketplaceException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="error">What the platform answered.</param>
    /// <param name="message">A message without secrets.</param>
    /// <param name="innerException">The transport exception, if any.</param>
    public MarketplaceException(MarketplaceError error, string message, Exception? innerException = null)
        : base(message, innerException) => Error = error;

    /// <summary>What the platform answered.</summary>
    public MarketplaceError Error { get; }

    /// <summary>The platform.</summary>
    public Marketplace Marketplace => Error.Marketplace;

    /// <summary>HTTP status, or null when no response arrived.</summary>
    public int? HttpStatus => Error.HttpStatus;

    /// <summary>The platform's error code.</summary>
    public string? PlatformCode => Error.PlatformCode;

    /// <summary>The platform's request id.</summary>
    public string? RequestId => Error.RequestId;

    /// <summary>The raw response body.</summary>
    public string? RawBody => Error.RawBody;
}

/// <summary>Why the platform refused the caller.</summary>
public enum AuthFailure
{
    /// <summary>The access token is expired or unknown: refresh and try again.</summary>
    AccessToken,

    /// <summary>The refresh token or code is refused, or the grant was revoked: the seller must authorize again.</summary>
    Grant,

    /// <summary>The app's own credentials or signature are wrong: a configuration problem.</summary>
    Credentials,

    /// <summary>The app may not call this API for this shop.</summary>
    Permission,
}

/// <summary>The platform refused the credentials, the token or the grant.</summary>
/// <param name="error">What the platform answered.</param>
/// <param name="failure">Why.</param>
/// <param name="message">A message without secrets.</param>
public sealed class MarketplaceAuthException(MarketplaceError error, AuthFailure failure, string message)
    : MarketplaceException(error, message)
{
    /// <summary>Why the platform refused.</summary>
    public AuthFailure Failure { get; } = failure;

    /// <summary>True when only the seller can fix it, by authorizing the app again.</summary>
    public bool ReauthorizationRequired => Failure == AuthFailure.Grant;
}

/// <summary>The platform throttled the call (HTTP 429 or its own code); nothing was done.</summary>
/// <param name="error">What the platform answered.</param>
/// <param name="retryAfter">The platform's hint, if it gave one.</param>
/// <param name="message">A message without secrets.</param>
public sealed class MarketplaceRateLimitedException(MarketplaceError error, TimeSpan? retryAfter, string message)
    : MarketplaceException(error, message)
{
    /// <summary>How long to wait, if the platform said.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}

/// <summary>The listing, order or shop does not exist on the platform.</summary>
/// <param name="error">What the platform answered.</param>
/// <param name="message">A message without secrets.</param>
public sealed class MarketplaceNotFoundException(MarketplaceError error, string message) : MarketplaceException(error, message);

/// <summary>The platform refused the request's content (parameters, prices, a status that does not allow the operation).</summary>
/// <param name="error">What the platform answered.</param>
/// <param name="message">A message without secrets.</param>
public sealed class MarketplaceValidationException(MarketplaceError error, string message) : MarketplaceException(error, message);

/// <summary>
/// The platform failed or did not answer (5xx, network error, timeout). Whether the call took effect is unknown:
/// only idempotent calls are retried blindly.
/// </summary>
/// <param name="error">What the platform answered, if anything.</param>
/// <param name="message">A message without secrets.</param>
/// <param name="innerException">The transport exception, if any.</param>
public sealed class MarketplaceUnavailableException(MarketplaceError error, string message, Exception? innerException = null)
    : MarketplaceException(error, message, innerException);
