using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace CommerceHub.Sandbox.Platforms.Tiki;

/// <summary>Tiki's wire JSON: snake_case, bare objects on success, {data:null, error{…}} on failure; local date strings.</summary>
internal static class TikiJson
{
    public const string DateFormat = "yyyy-MM-dd HH:mm:ss";

    public static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static IResult Ok(object value, int status = StatusCodes.Status200OK) => Results.Json(value, Options, statusCode: status);

    public static IResult Error(TikiError error) => Results.Json(
        new { data = (object?)null, error = new { code = error.Code, message = error.Message, reason = error.Reason, metadata = new { request_id = NewRequestId() } } },
        Options,
        statusCode: error.Status);

    public static IResult OAuthError(string code, string description, int status = StatusCodes.Status400BadRequest) =>
        Results.Json(new { error = code, error_description = description }, Options, statusCode: status);

    /// <summary>Null when the body is not JSON of the expected shape.</summary>
    public static async Task<T?> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, Options, request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Date(DateTimeOffset time) => time.ToOffset(TikiAssumptions.LocalOffset).ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset? ParseDate(string? text) =>
        DateTime.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, TikiAssumptions.LocalOffset)
            : null;

    public static string NewRequestId() => Guid.NewGuid().ToString("D");

    public static string NewTrackId() => RandomNumberGenerator.GetHexString(32, lowercase: true);
}
