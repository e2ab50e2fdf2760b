using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

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
        Converters = { new BeijingTimeConverter() },
    };

    /// <summary>Reads JD's GMT+8 time strings; an empty string reads as the default (the mappings treat it as absent).</summary>
    private sealed class BeijingTimeConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString();
            return DateTime.TryParseExact(text, JdSigner.TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
                ? new DateTimeOffset(local, JdSigner.Offset)
                : string.IsNullOrEmpty(text) ? default : throw new JsonException($"'{text}' is not a JD time.");
        }

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(JdSigner.Time(value));
    }
}
