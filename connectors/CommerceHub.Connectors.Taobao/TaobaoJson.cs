using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

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
        Converters = { new BeijingTimeConverter() },
    };

    /// <summary>Reads TOP's GMT+8 time strings; an empty string reads as the default (the mappings treat it as absent).</summary>
    private sealed class BeijingTimeConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString();
            return DateTime.TryParseExact(text, TaobaoSigner.TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
                ? new DateTimeOffset(local, TaobaoSigner.Offset)
                : string.IsNullOrEmpty(text) ? default : throw new JsonException($"'{text}' is not a TOP time.");
        }

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(TaobaoSigner.Time(value));
    }
}
