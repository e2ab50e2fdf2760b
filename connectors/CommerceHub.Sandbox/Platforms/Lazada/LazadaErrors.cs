namespace CommerceHub.Sandbox.Platforms.Lazada;

internal sealed record LazadaError(string Type, string Code, string Message, int Status = StatusCodes.Status200OK);

/// <summary>
/// Lazada's error codes in one table. Gateway errors are "ISV", business errors "ISP", platform failures "SYSTEM".
/// Lazada answers errors with HTTP 200 and the code in the body; only SYSTEM errors use 5xx here (a sandbox choice).
/// </summary>
internal static class LazadaErrors
{
    public static readonly LazadaError InvalidAppKey = Isv("InvalidAppKey", "The specified app key is invalid");
    public static readonly LazadaError InvalidTimestamp = Isv("InvalidTimestamp", "The specified timestamp is invalid or differs from server time by more than 7200 seconds");
    public static readonly LazadaError IncompleteSignature = Isv("IncompleteSignature", "The request signature does not conform to platform standards");
    public static readonly LazadaError IllegalAccessToken = Isv("IllegalAccessToken", "The specified access token is invalid or expired");
    public static readonly LazadaError InvalidCode = Isv("InvalidCode", "The specified authorization code is invalid or expired");
    public static readonly LazadaError IllegalRefreshToken = Isv("IllegalRefreshToken", "The specified refresh token is invalid or expired");
    public static readonly LazadaError ApiCallLimit = Isv("ApiCallLimit", "The request has failed due to api call limit. The ban will last 1 seconds.");
    public static readonly LazadaError E901 = new("ISP", "E901", "The request has reached the QPS limit of this API");
    public static readonly LazadaError System = new("SYSTEM", "ServiceUnavailable", "The request has failed due to a temporary failure of the server.", StatusCodes.Status500InternalServerError);
    public static readonly LazadaError TooManySkus = new("ISP", "4171", "The number of SKUs in one request exceeds the limit of 50");
    public static readonly LazadaError InvalidOrderId = new("ISP", "16", "E016: Invalid Order ID");
    public static readonly LazadaError ProductNotFound = new("ISP", "207", "E207: Product does not exist");
    public static readonly LazadaError SkuRejected = new("ISP", "500", "E500: One or more SKUs were rejected, see detail");

    public static LazadaError MissingParameter(string name) =>
        Isv("MissingParameter", $"The input parameter \"{name}\" that is mandatory for processing this request is not supplied");

    public static LazadaError InvalidParameter(string detail) => Isv("InvalidParameter", $"Invalid parameter: {detail}");

    private static LazadaError Isv(string code, string message) => new("ISV", code, message);
}
