using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CommerceHub.Connectors.Runtime;

namespace CommerceHub.Connectors.Jd;

/// <summary>JD's wire JSON: camelCase, money as yuan strings ("128.50"), times as "yyyy-MM-dd HH:mm:ss" in GMT+8.</summary>
internal static class JdJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new BeijingTimeConverter("JD") },
    };
}
