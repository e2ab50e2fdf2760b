using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CommerceHub.Sandbox.Platforms.Douyin;

/// <summary>
/// Douyin Shop signing as pure functions: param_json with keys sorted recursively and no whitespace, then
/// secret + "app_key"+k + "method"+m + "param_json"+json + "timestamp"+ts + "v"+v + secret, hashed with md5 or keyed
/// hmac-sha256, lowercase hex (G10). Pushes carry event-sign = md5(app_key + raw body + app_secret).
/// </summary>
public static class DouyinSignature
{
    public const string Md5 = "md5";
    public const string HmacSha256 = "hmac-sha256";

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static string Plain(string secret, string appKey, string method, string paramJson, string timestamp, string v) =>
        $"{secret}app_key{appKey}method{method}param_json{paramJson}timestamp{timestamp}v{v}{secret}";

    [SuppressMessage("Security", "CA5351", Justification = "Douyin's md5 sign method must be computed as the platform does.")]
    public static string Sign(string signMethod, string secret, string plain) => signMethod switch
    {
        Md5 => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(plain))),
        HmacSha256 => Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(plain))),
        _ => throw new ArgumentOutOfRangeException(nameof(signMethod), signMethod, "Douyin signs with md5 or hmac-sha256."),
    };

    public static bool Verify(string signMethod, string secret, string plain, string sign) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(signMethod, secret, plain)), Encoding.ASCII.GetBytes(sign.ToLowerInvariant()));

    [SuppressMessage("Security", "CA5351", Justification = "Douyin's push signature is md5.")]
    public static string PushSign(string appKey, string appSecret, string rawBody) =>
        Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(appKey + rawBody + appSecret)));

    /// <summary>The JSON the platform signs: object keys sorted (ordinal) at every depth, compact, non-ASCII written as is.</summary>
    public static string Canonical(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            Write(writer, element);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

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
                // Numbers, booleans and null keep their text, so 1.50 is not rewritten as 1.5.
                writer.WriteRawValue(element.GetRawText(), skipInputValidation: true);
                break;
        }
    }

    public static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
