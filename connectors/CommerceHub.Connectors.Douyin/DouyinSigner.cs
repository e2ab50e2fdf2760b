using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CommerceHub.Connectors.Douyin;

/// <summary>
/// Douyin Shop signing as pure functions. param_json is sent in its canonical form (keys sorted at every depth, compact,
/// non-ASCII as is) and signed as sent: secret + "app_key"+k + "method"+m + "param_json"+json + "timestamp"+ts + "v"+v
/// + secret, then md5 of it or hmac-sha256 keyed with the secret, lowercase hex (G10). Pushes carry
/// event-sign = md5(app_key + raw body + app_secret).
/// </summary>
public static class DouyinSigner
{
    public const string Md5 = "md5";
    public const string HmacSha256 = "hmac-sha256";
    public const string Version = "2";

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Plain(string secret, string appKey, string method, string paramJson, string timestamp, string v = Version) =>
        string.Concat(secret, "app_key", appKey, "method", method, "param_json", paramJson, "timestamp", timestamp, "v", v, secret);

    [SuppressMessage("Security", "CA5351", Justification = "Douyin defines the md5 sign method; hmac-sha256 is the default here.")]
    public static string Sign(string signMethod, string secret, string plain) => signMethod switch
    {
        Md5 => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(plain))),
        HmacSha256 => Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(plain))),
        _ => throw new ArgumentOutOfRangeException(nameof(signMethod), signMethod, "Douyin signs with md5 or hmac-sha256."),
    };

    public static string SignRequest(string signMethod, string secret, string appKey, string method, string paramJson, string timestamp) =>
        Sign(signMethod, secret, Plain(secret, appKey, method, paramJson, timestamp));

    /// <summary>Unix seconds on <paramref name="clock"/>; take it right before sending.</summary>
    public static string Timestamp(TimeProvider clock) => clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>The form Douyin signs: object keys in ordinal order at every depth, no whitespace, numbers as written.</summary>
    public static string Canonical(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            Write(writer, document.RootElement);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [SuppressMessage("Security", "CA5351", Justification = "Douyin's push signature is md5.")]
    public static string PushSignature(string appKey, string appSecret, string rawBody) =>
        Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(appKey + rawBody + appSecret)));

    /// <summary>Constant-time, so timing does not reveal how much of a forged signature matched.</summary>
    public static bool VerifyPush(string appKey, string appSecret, string rawBody, string? eventSign) =>
        eventSign is { Length: 32 }
        && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(PushSignature(appKey, appSecret, rawBody)),
            Encoding.ASCII.GetBytes(eventSign.ToLowerInvariant()));

    private static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(element.GetString());
                break;
            default:
                writer.WriteRawValue(element.GetRawText(), skipInputValidation: true);
                break;
        }
    }
}
