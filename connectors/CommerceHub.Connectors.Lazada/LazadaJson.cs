using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommerceHub.Connectors.Lazada;

/// <summary>Lazada's wire JSON: snake_case (mixed-case names such as SkuId carry attributes), numbers often as strings.</summary>
internal static class LazadaJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
