using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommerceHub.Sandbox.Platforms.TikTok;

/// <summary>TikTok Shop's wire JSON (snake_case) and its envelope {code, message, request_id, data}; success is code 0.</summary>
internal static class TikTokJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static IResult Ok(object? data = null) =>
        Results.Json(new Envelope(0, "Success", NewRequestId(), data ?? new Dictionary<string, object>()), Options);

    public static IResult Error(TikTokError error) =>
        Results.Json(new Envelope(error.Code, error.Message, NewRequestId(), null), Options, statusCode: error.Status);

    public static T? Parse<T>(string text)
        where T : class
    {
        try
        {
            return text.Length == 0 ? null : JsonSerializer.Deserialize<T>(text, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Money(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Shaped like TikTok's ids (e.g. 202203070749000101890810281E8C70B7): a UTC time stamp, then random hex.</summary>
    public static string NewRequestId() =>
        DateTimeOffset.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + RandomNumberGenerator.GetHexString(20);

    private sealed record Envelope(int Code, string Message, string RequestId, object? Data);
}
