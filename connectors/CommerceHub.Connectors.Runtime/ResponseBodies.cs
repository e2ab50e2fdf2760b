using System.Globalization;
using System.Net;
using System.Text.Json;
using RestSharp;

namespace CommerceHub.Connectors.Runtime;

/// <summary>
/// Reading platform answers defensively: error bodies are often not JSON (gateway pages, empty 5xx), and a field of
/// the wrong kind must not turn a platform's refusal into a parsing crash. Clients import it with <c>using static</c>.
/// </summary>
public static class ResponseBodies
{
    /// <summary>The body as JSON, or null when it is empty or not JSON.</summary>
    public static JsonDocument? TryParse(string body)
    {
        try
        {
            return body.Length == 0 ? null : JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A string property of an object, or null when the element is not an object or the property not a string.</summary>
    public static string? Text(JsonElement? root, string name) =>
        root is { ValueKind: JsonValueKind.Object } element && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>A string or number property (some gateways send codes as numbers), as text; else null.</summary>
    public static string? TextOrNumber(JsonElement? root, string name) =>
        root is { ValueKind: JsonValueKind.Object } element && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    /// <summary>The wait a 429 answer asks for in its Retry-After header (seconds), if any.</summary>
    public static TimeSpan? RetryAfter(RestResponse response)
    {
        if (response.StatusCode != HttpStatusCode.TooManyRequests)
        {
            return null;
        }

        var header = response.Headers?.FirstOrDefault(h => string.Equals(h.Name, "Retry-After", StringComparison.OrdinalIgnoreCase))?.Value;
        return int.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds) : null;
    }
}
