using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommerceHub.Connectors.TikTok;

/// <summary>TikTok's wire JSON: snake_case, nulls left out of requests, compact (the signed bytes are the sent bytes).</summary>
internal static class TikTokJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}
