using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CommerceHub.Connectors.Runtime;

namespace CommerceHub.Connectors.Taobao;

/// <summary>TOP's wire JSON: snake_case, money as yuan strings ("128.50"), times as "yyyy-MM-dd HH:mm:ss" in GMT+8.</summary>
internal static class TaobaoJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new BeijingTimeConverter("TOP") },
    };
}
