using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommerceHub.Connectors.Tiki;

/// <summary>Tiki's wire JSON: snake_case, nulls left out of requests, dates as local "yyyy-MM-dd HH:mm:ss" at UTC+7.</summary>
internal static class TikiJson
{
    public const string DateFormat = "yyyy-MM-dd HH:mm:ss";

    /// <summary>Tiki's dates carry no zone; they are Vietnam time.</summary>
    public static readonly TimeSpan LocalOffset = TimeSpan.FromHours(7);

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public static string Date(DateTimeOffset time) => time.ToOffset(LocalOffset).ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseDate(string text) =>
        new(DateTime.ParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None), LocalOffset);

    public static DateTimeOffset? ParseOptionalDate(string? text) =>
        DateTime.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, LocalOffset)
            : null;
}
