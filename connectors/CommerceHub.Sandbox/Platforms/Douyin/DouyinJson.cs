using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CommerceHub.Sandbox.Platforms.Douyin;

/// <summary>
/// Douyin's wire JSON: every answer is {code, msg, sub_code, sub_msg, log_id, data} with code 10000 for success, plus
/// err_no/message echoing it (newer gateways add them). Money is in fen (integers), times Unix seconds, Chinese text raw UTF-8.
/// </summary>
internal static class DouyinJson
{
    public const int Success = 10000;

    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult Ok(object data) => Write(new Dictionary<string, object?>
    {
        ["code"] = Success,
        ["msg"] = "success",
        ["sub_code"] = "",
        ["sub_msg"] = "",
        ["log_id"] = LogId(),
        ["data"] = data,
        ["err_no"] = 0,
        ["message"] = "success",
    }, StatusCodes.Status200OK);

    public static IResult Error(DouyinError error, int httpStatus = StatusCodes.Status200OK) => Write(new Dictionary<string, object?>
    {
        ["code"] = error.Code,
        ["msg"] = error.Msg,
        ["sub_code"] = error.SubCode,
        ["sub_msg"] = error.SubMsg,
        ["log_id"] = LogId(),
        ["data"] = new Dictionary<string, object>(),
        ["err_no"] = error.Code,
        ["message"] = error.SubMsg,
    }, httpStatus);

    public static long Fen(decimal yuan) => (long)decimal.Round(yuan * 100m);

    // The 32-character log_id shape seen in answers: a time prefix and random hex.
    private static string LogId() =>
        DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + RandomNumberGenerator.GetHexString(18, lowercase: false);

    private static IResult Write(object body, int status) => Results.Json(body, Options, "application/json; charset=utf-8", status);
}
