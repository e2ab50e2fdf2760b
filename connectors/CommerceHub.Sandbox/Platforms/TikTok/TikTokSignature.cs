using System.Security.Cryptography;
using System.Text;

namespace CommerceHub.Sandbox.Platforms.TikTok;

/// <summary>
/// TikTok Shop signing (202309+) as pure functions: query parameters except sign and access_token, sorted by name
/// and written key+value after the path, then the raw body (unless multipart), all wrapped in the app secret;
/// lowercase hex HMAC-SHA256 keyed with the app secret.
/// </summary>
public static class TikTokSignature
{
    private static readonly HashSet<string> Excluded = new(StringComparer.Ordinal) { "sign", "access_token" };

    public static string WrappedString(string appSecret, string path, IEnumerable<KeyValuePair<string, string>> query, string body = "")
    {
        var builder = new StringBuilder(appSecret).Append(path);
        foreach (var (name, value) in query.Where(p => !Excluded.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            builder.Append(name).Append(value);
        }

        return builder.Append(body).Append(appSecret).ToString();
    }

    public static string Sign(string appSecret, string wrapped) => Hmac(appSecret, wrapped);

    /// <summary>Constant-time check against the lowercase form.</summary>
    public static bool Verify(string appSecret, string wrapped, string sign) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(appSecret, wrapped)), Encoding.ASCII.GetBytes(sign));

    /// <summary>The webhook Authorization header: lowercase hex HMAC-SHA256(app_secret, app_key + raw body).</summary>
    public static string PushSignature(string appSecret, string appKey, string rawBody) => Hmac(appSecret, appKey + rawBody);

    private static string Hmac(string key, string message) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(message)));
}
