using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommerceHub.Sandbox.Platforms.Shopee;

/// <summary>Shopee's wire JSON (snake_case) and its envelope {request_id, error, message, warning?, response?}.</summary>
internal static class ShopeeJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static IResult Ok(object? response = null, string? warning = null) =>
        Results.Json(new Envelope(NewRequestId(), "", "", warning, response), Options);

    public static IResult Error(ShopeeError error) =>
        Results.Json(new Envelope(NewRequestId(), error.Code, error.Message, null, null), Options, statusCode: error.Status);

    /// <summary>For the token APIs, which put their fields next to request_id/error/message instead of under "response".</summary>
    public static IResult Flat(IReadOnlyDictionary<string, object?> fields)
    {
        var body = new Dictionary<string, object?>(fields) { ["request_id"] = NewRequestId(), ["error"] = "", ["message"] = "" };
        return Results.Json(body, Options);
    }

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

    public static string NewRequestId() => RandomNumberGenerator.GetHexString(32, lowercase: true);

    private sealed record Envelope(string RequestId, string Error, string Message, string? Warning, object? Response);
}
