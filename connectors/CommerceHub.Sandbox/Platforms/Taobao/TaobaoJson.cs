using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CommerceHub.Sandbox.Platforms.Taobao;

/// <summary>
/// TOP's JSON: a success is wrapped in "&lt;method without taobao., dots as underscores&gt;_response" with a request_id;
/// an error is error_response. Chinese text goes out as raw UTF-8; money is a string with 2 decimals (CNY yuan);
/// times are yyyy-MM-dd HH:mm:ss in GMT+8.
/// </summary>
internal static class TaobaoJson
{
    public const string TimeFormat = "yyyy-MM-dd HH:mm:ss";

    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string ResponseKey(string method) => (method.StartsWith("taobao.", StringComparison.Ordinal) ? method[7..] : method).Replace('.', '_') + "_response";

    public static IResult Response(string method, IReadOnlyDictionary<string, object?> body) =>
        Write(new Dictionary<string, object?> { [ResponseKey(method)] = new Dictionary<string, object?>(body) { ["request_id"] = NewRequestId() } });

    public static IResult Error(TaobaoError error, int status = TaobaoAssumptions.HttpStatus) =>
        Write(new { error_response = new { code = error.Code, msg = error.Msg, sub_code = error.SubCode, sub_msg = error.SubMsg, request_id = NewRequestId() } }, status);

    public static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset time) => time.ToOffset(Offset).ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset? ParseTime(string? text) =>
        DateTime.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) ? new DateTimeOffset(local, Offset) : null;

    /// <summary>Shaped like TOP's request ids (e.g. 16kwr2n0b4dzz).</summary>
    public static string NewRequestId() => RandomNumberGenerator.GetString("0123456789abcdefghijklmnopqrstuvwxyz", 13);

    private static IResult Write(object body, int status = TaobaoAssumptions.HttpStatus) =>
        Results.Json(body, Options, "application/json;charset=UTF-8", status);
}
