namespace CommerceHub.Sandbox.Platforms.JD;

internal sealed record JDError(string Code, string ZhDesc, string EnDesc);

/// <summary>
/// Gateway errors, answered as {"error_response":{code, zh_desc, en_desc}}. The shape comes from SDK code; JD's code
/// table is not public, so every code and text here is the sandbox's choice (see <see cref="JDAssumptions"/>).
/// </summary>
internal static class JDErrors
{
    public static readonly JDError Server = new("1", "服务不可用", "Service unavailable");
    public static readonly JDError InvalidTimestamp = new("11", "时间戳超出有效范围", "Timestamp is out of the allowed range");
    public static readonly JDError InvalidSign = new("14", "签名无效", "Invalid signature");
    public static readonly JDError InvalidAppKey = new("15", "无效的app_key", "Invalid app_key");
    public static readonly JDError InvalidMethod = new("16", "无效的方法名", "Invalid method");
    public static readonly JDError CallLimited = new("18", "调用超过频率限制", "Call frequency limit exceeded");
    public static readonly JDError InvalidToken = new("19", "token已过期或者不存在，请重新授权访问", "Invalid access_token");

    public static JDError Missing(string name) => new("13", $"缺少必选参数:{name}", $"Missing required parameter: {name}");

    public static JDError InvalidParameter(string detail) => new("17", $"业务参数错误:{detail}", $"Invalid business parameter: {detail}");
}
