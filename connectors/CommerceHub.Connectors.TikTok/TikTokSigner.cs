using System.Security.Cryptography;
using System.Text;

namespace CommerceHub.Connectors.TikTok;

/// <summary>
/// TikTok Shop (202309+) signing as pure functions: the query without sign and access_token, sorted by name and
/// written key+value after the path, then the exact raw body (never for multipart), wrapped in the app secret;
/// lowercase hex HMAC-SHA256 keyed with the secret. Webhooks are signed over app_key + raw body.
/// </summary>
public static class TikTokSigner
{
    private static readonly HashSet<string> Unsigned = new(StringComparer.Ordinal) { "sign", "access_token" };

    public static string WrappedString(string appSecret, string path, IEnumerable<KeyValuePair<string, string>> query, string body = "")
    {
        var builder = new StringBuilder(appSecret).Append(path);
        foreach (var (name, value) in query.Where(p => !Unsigned.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            builder.Append(name).Append(value);
        }

        return builder.Append(body).Append(appSecret).ToString();
    }

    public static string Sign(string appSecret, string wrapped) => Hmac(appSecret, wrapped);

    public static string SignRequest(string appSecret, string path, IEnumerable<KeyValuePair<string, string>> query, string body = "") =>
        Sign(appSecret, WrappedString(appSecret, path, query, body));

    /// <summary>Unix seconds on <paramref name="clock"/>; TikTok accepts −5 min/+30 s, so take it right before sending.</summary>
    public static long Timestamp(TimeProvider clock) => clock.GetUtcNow().ToUnixTimeSeconds();

    public static string PushSignature(string appSecret, string appKey, string rawBody) => Hmac(appSecret, appKey + rawBody);

    /// <summary>Constant-time comparison, so timing does not reveal how much of a forged signature matched.</summary>
    public static bool VerifyPush(string appSecret, string appKey, string rawBody, string? authorization) =>
        authorization is { Length: 64 }
        && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(PushSignature(appSecret, appKey, rawBody)),
            Encoding.ASCII.GetBytes(authorization.ToLowerInvariant()));

    private static string Hmac(string key, string message) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(message)));
}
