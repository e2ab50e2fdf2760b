using System.Security.Cryptography;
using System.Text;

namespace CommerceHub.Connectors.Lazada;

/// <summary>
/// Lazada (LazOP) signing as pure functions. A call is signed over the API path (without "/rest") followed by every
/// parameter except sign, sorted by name in ordinal order and written name+value; the result is UPPERCASE hex
/// HMAC-SHA256 keyed with the app secret's UTF-8 bytes. Pushes are signed over app_key + raw body, lowercase hex.
/// </summary>
public static class LazadaSigner
{
    public const string SignMethod = "sha256";

    public static string BaseString(string apiPath, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var builder = new StringBuilder(apiPath);
        foreach (var (name, value) in parameters.Where(p => p.Key != "sign").OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            builder.Append(name).Append(value);
        }

        return builder.ToString();
    }

    public static string Sign(string appSecret, string baseString) =>
        Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), Encoding.UTF8.GetBytes(baseString)));

    /// <summary>Lazada's timestamp: Unix milliseconds on <paramref name="clock"/> (accepted within 7200 s of server time).</summary>
    public static long Timestamp(TimeProvider clock) => clock.GetUtcNow().ToUnixTimeMilliseconds();

    public static string PushSignature(string appSecret, string appKey, string rawBody) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), Encoding.UTF8.GetBytes(appKey + rawBody)));

    /// <summary>Constant-time; either hex case is accepted (the sample sends lowercase).</summary>
    public static bool VerifyPush(string appSecret, string appKey, string rawBody, string? authorization) =>
        authorization is { Length: 64 }
        && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(PushSignature(appSecret, appKey, rawBody)),
            Encoding.ASCII.GetBytes(authorization.ToLowerInvariant()));
}
