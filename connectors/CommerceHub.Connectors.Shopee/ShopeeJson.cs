using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommerceHub.Connectors.Shopee;

/// <summary>Shopee's wire JSON: snake_case, nulls left out of requests.</summary>
internal static class ShopeeJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}
