using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CommerceHub.Sandbox.Platforms.JD;

/// <summary>
/// JD's wire JSON: a success is wrapped in "&lt;method with dots as underscores&gt;_responce" (JD's own spelling) with
/// code "0"; a gateway error is {"error_response":{code, zh_desc, en_desc}}. Chinese text is written as UTF-8, not escaped.
/// Money is a string with two decimals; times are yyyy-MM-dd HH:mm:ss in GMT+8.
/// </summary>
internal static class JDJson
{
    public const string TimeFormat = "yyyy-MM-dd HH:mm:ss";

    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult Response(string method, IReadOnlyDictionary<string, object?> body)
    {
        var wrapped = new Dictionary<string, object?>(body) { ["code"] = "0" };
        return Write(new Dictionary<string, object?> { [method.Replace('.', '_') + "_responce"] = wrapped });
    }

    public static IResult Error(JDError error) =>
        Write(new { error_response = new { code = error.Code, zh_desc = error.ZhDesc, en_desc = error.EnDesc } });

    /// <summary>Business outcome inside a successful envelope, as JD's apiResult blocks report it.</summary>
    public static object ApiResult(bool success, string zh = "成功", string en = "success") =>
        new { success, chineseErrCode = zh, englishErrCode = en, numberCode = success ? 10100000 : 10100001 };

    public static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset time) => time.ToOffset(Offset).ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset? ParseTime(string? text) =>
        DateTime.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) ? new DateTimeOffset(local, Offset) : null;

    private static IResult Write(object body) =>
        Results.Json(body, Options, "application/json; charset=utf-8", JDAssumptions.HttpStatus);
}
