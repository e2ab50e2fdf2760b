using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommerceHub.Sandbox.Platforms.Lazada;

/// <summary>
/// Lazada's wire JSON: success {code:"0", data, request_id}, failure {type, code, message, request_id}. Anonymous
/// objects serialize snake_case; mixed-case keys Lazada uses (SkuId, SellerSku) are written through dictionaries.
/// </summary>
internal static class LazadaJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static IResult Ok(object? data = null) => Results.Json(new Envelope("0", data, null, NewRequestId()), Options);

    /// <summary>Fulfilment APIs answer with "result" (holding success and data) instead of "data".</summary>
    public static IResult Result(object result) => Results.Json(new Envelope("0", null, result, NewRequestId()), Options);

    public static IResult Error(LazadaError error, object? detail = null) =>
        Results.Json(new Failure(error.Type, error.Code, error.Message, NewRequestId(), detail), Options, statusCode: error.Status);

    /// <summary>The token APIs put their fields at the top level next to code and request_id.</summary>
    public static IResult Flat(IReadOnlyDictionary<string, object?> fields) =>
        Results.Json(new Dictionary<string, object?>(fields) { ["code"] = "0", ["request_id"] = NewRequestId() }, Options);

    public static T? Parse<T>(string? text)
        where T : class
    {
        try
        {
            return text is null ? null : JsonSerializer.Deserialize<T>(text, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Shaped like Lazada's ids (e.g. 2101567a17104988838493654): host part, milliseconds, sequence.</summary>
    public static string NewRequestId() =>
        RandomNumberGenerator.GetHexString(8, lowercase: true) + DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)
        + RandomNumberGenerator.GetInt32(1000, 9999).ToString(CultureInfo.InvariantCulture);

    private sealed record Envelope(string Code, object? Data, object? Result, string RequestId);

    private sealed record Failure(string Type, string Code, string Message, string RequestId, object? Detail);
}
