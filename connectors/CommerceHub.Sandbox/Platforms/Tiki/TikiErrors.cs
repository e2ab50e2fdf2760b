namespace CommerceHub.Sandbox.Platforms.Tiki;

internal sealed record TikiError(string Code, string Message, int Status, string? Reason = null);

/// <summary>
/// Seller API errors. Tiki publishes no table for them, so codes, messages and statuses are the sandbox's own
/// (see <see cref="TikiAssumptions"/>); the OAuth errors of the token endpoint follow RFC 6749 instead.
/// </summary>
internal static class TikiErrors
{
    public static readonly TikiError MissingToken = new("unauthorized", "Missing bearer token", TikiAssumptions.Unauthorized);
    public static readonly TikiError InvalidToken = new("unauthorized", "Invalid access token", TikiAssumptions.Unauthorized, "invalid_token");
    public static readonly TikiError ExpiredToken = new("unauthorized", "Access token expired", TikiAssumptions.Unauthorized, "token_expired");
    public static readonly TikiError SellerTokenRequired = new("forbidden", "This API needs a seller's token", TikiAssumptions.Forbidden);
    public static readonly TikiError AppTokenRequired = new("forbidden", "This API needs the app's client-credentials token", TikiAssumptions.Forbidden);
    public static readonly TikiError RateLimited = new("too_many_requests", "Too many requests", TikiAssumptions.TooManyRequests);
    public static readonly TikiError Server = new("internal_error", "Internal server error", StatusCodes.Status500InternalServerError);
    public static readonly TikiError OrderNotFound = new("not_found", "Order not found", TikiAssumptions.NotFound);
    public static readonly TikiError ProductNotFound = new("not_found", "Product not found", TikiAssumptions.NotFound);
    public static readonly TikiError RequestNotFound = new("not_found", "Request not found", TikiAssumptions.NotFound);
    public static readonly TikiError QueueNotFound = new("not_found", "Queue not found", TikiAssumptions.NotFound);

    public static TikiError Invalid(string reason) => new("invalid_request", "Invalid request", TikiAssumptions.BadRequest, reason);
}

/// <summary>RFC 6749 §5.2 error codes of the token endpoint.</summary>
internal static class TikiOAuthErrors
{
    public const string InvalidRequest = "invalid_request";
    public const string InvalidClient = "invalid_client";
    public const string InvalidGrant = "invalid_grant";
    public const string UnsupportedGrantType = "unsupported_grant_type";
}
