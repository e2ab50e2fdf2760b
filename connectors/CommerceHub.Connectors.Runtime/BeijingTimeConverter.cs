using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommerceHub.Connectors.Runtime;

/// <summary>
/// Times as the Chinese platforms' APIs (JD, Taobao/TOP) write them: "yyyy-MM-dd HH:mm:ss" in GMT+8, without an offset.
/// An empty string reads as the default, which the mappings treat as absent.
/// </summary>
/// <param name="platform">The platform's name, for the error on an unreadable time.</param>
public sealed class BeijingTimeConverter(string platform) : JsonConverter<DateTimeOffset>
{
    public const string Format = "yyyy-MM-dd HH:mm:ss";

    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>A time as these platforms write it.</summary>
    public static string Text(DateTimeOffset time) => time.ToOffset(Offset).ToString(Format, CultureInfo.InvariantCulture);

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return DateTime.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, Offset)
            : string.IsNullOrEmpty(text) ? default : throw new JsonException($"'{text}' is not a {platform} time.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Text(value));
}
