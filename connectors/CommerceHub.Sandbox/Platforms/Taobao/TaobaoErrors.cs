namespace CommerceHub.Sandbox.Platforms.Taobao;

internal sealed record TaobaoError(int Code, string Msg, string? SubCode = null, string? SubMsg = null);

/// <summary>
/// TOP system errors as error_response{code, msg, sub_code, sub_msg}. Codes 7, 25 and 27 are the ones the spec names;
/// the rest follow TOP's public system error list as the sandbox remembers it, so all are [U].
/// </summary>
internal static class TaobaoErrors
{
    public static readonly TaobaoError CallLimited = new(7, "App Call Limited", "accesscontrol.limited-by-app-access-count", "This ban will last for 1 more seconds");
    public static readonly TaobaoError Unavailable = new(10, "Service Currently Unavailable", "isp.top-remote-unknown-error", "Service Currently Unavailable");
    public static readonly TaobaoError MissingMethod = new(21, "Missing Method");
    public static readonly TaobaoError InvalidMethod = new(22, "Invalid Method");
    public static readonly TaobaoError InvalidFormat = new(23, "Invalid Format");
    public static readonly TaobaoError MissingSignature = new(24, "Missing Signature");
    public static readonly TaobaoError InvalidSignature = new(25, "Invalid signature");
    public static readonly TaobaoError MissingSession = new(26, "Missing Session");
    public static readonly TaobaoError InvalidSession = new(27, "Invalid session", "invalid-sessionkey", "SessionKey非法");
    public static readonly TaobaoError MissingAppKey = new(28, "Missing App Key");
    public static readonly TaobaoError InvalidAppKey = new(29, "Invalid App Key");
    public static readonly TaobaoError MissingTimestamp = new(30, "Missing Timestamp");
    public static readonly TaobaoError InvalidTimestamp = new(31, "Invalid Timestamp");
    public static readonly TaobaoError MissingVersion = new(32, "Missing Version");
    public static readonly TaobaoError InvalidVersion = new(33, "Invalid Version");

    public static TaobaoError MissingArgument(string name) => new(40, $"Missing required arguments:{name}");

    public static TaobaoError InvalidArgument(string detail) =>
        new(15, "Remote service error", $"{TaobaoAssumptions.InvalidParameterSubCode}", detail);

    public static TaobaoError Business(string subCode, string subMsg) => new(15, "Remote service error", subCode, subMsg);
}
