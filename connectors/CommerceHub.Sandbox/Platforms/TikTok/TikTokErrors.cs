namespace CommerceHub.Sandbox.Platforms.TikTok;

internal sealed record TikTokError(int Code, string Message, int Status);

/// <summary>
/// TikTok Shop's common error codes with the messages of its "common errors" page. TikTok does not document HTTP
/// statuses except 429 for rate limits; the others are the sandbox's choice. Clients must read the body's code.
/// </summary>
internal static class TikTokErrors
{
    public static readonly TikTokError TooManyRequests = new(36009002, "Too many requests. You've made too many requests in a short period of time.", StatusCodes.Status429TooManyRequests);
    public static readonly TikTokError MissingSign = Auth(36009004, "Missing credentials. The request does not include a required signature in the query.");
    public static readonly TikTokError InvalidAppKey = Auth(36009004, "Invalid credentials. Invalid `app_key` query parameter.");
    public static readonly TikTokError InvalidToken = Auth(36009004, "Invalid credentials. The `x-tts-access-token` header is invalid.");
    public static readonly TikTokError TimestampNegative = Auth(36009004, "Invalid timestamp. The value of the `timestamp` query parameter must not be lesser than 0.");
    public static readonly TikTokError TimestampTooOld = Auth(36009004, "Invalid timestamp. The value of the `timestamp` query parameter must not be earlier than 5 minutes before the current time.");
    public static readonly TikTokError TimestampTooNew = Auth(36009004, "Invalid timestamp. The value of the `timestamp` query parameter must not exceed the current time by more than 30 seconds.");
    public static readonly TikTokError UnexpectedCipher = Param(36009004, "Unexpected identifier. The `shop_cipher` query parameter is not required for this request.");
    public static readonly TikTokError InvalidSign = Auth(106001, "Invalid credentials. The `sign` query parameter is invalid.");
    public static readonly TikTokError ExpiredToken = Auth(105002, "Expired credentials. The `access_token` or `x-tts-access-token` header has expired.");
    public static readonly TikTokError ShopMismatch = Auth(101000, "Invalid query or header. The `x-tts-access-token` header is not associated with the shop of the `shop_cipher` query parameter.");
    public static readonly TikTokError MissingCipher = Param(106013, "Missing identifier. The `shop_cipher` query parameter is required to identify the target shop.");
    public static readonly TikTokError InvalidAuthCode = Param(36004004, "The auth_code is invalid, used or expired.");
    public static readonly TikTokError InvalidRefreshToken = Param(36004005, "The refresh_token is invalid, used or expired.");
    public static readonly TikTokError InvalidAppSecret = Auth(36009004, "Invalid credentials. The app_key or app_secret is invalid.");
    public static readonly TikTokError Server = new(36009003, "Internal error. Please try again later.", StatusCodes.Status500InternalServerError);
    public static readonly TikTokError ProductNotFound = Param(12052004, "The product does not exist.");
    public static readonly TikTokError PackageNotFound = Param(21011001, "The package does not exist.");
    public static readonly TikTokError OrderNotFound = Param(21011002, "The order does not exist.");
    public static readonly TikTokError StatusNotAllowed = Param(21011003, "The order status does not allow this operation.");

    /// <summary>Request fields that fail validation; the code is the sandbox's own.</summary>
    public static TikTokError InvalidParameter(string detail) => Param(40006, $"Invalid request parameters: {detail}");

    private static TikTokError Auth(int code, string message) => new(code, message, StatusCodes.Status401Unauthorized);

    private static TikTokError Param(int code, string message) => new(code, message, StatusCodes.Status400BadRequest);
}
