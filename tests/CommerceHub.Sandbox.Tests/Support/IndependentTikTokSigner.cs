using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CommerceHub.Sandbox.Tests.Support;

/// <summary>
/// TikTok Shop signing written from "Sign your API request" alone, so tests check the sandbox against the spec:
/// query keys except sign and access_token, sorted, key+value after the path, raw body appended, wrapped in the
/// secret, lowercase hex HMAC-SHA256. Webhooks: HMAC-SHA256(app_secret, app_key + body).
/// </summary>
internal static class IndependentTikTokSigner
{
    public static string Wrapped(string secret, string path, IEnumerable<KeyValuePair<string, string>> query, string body)
    {
        var keys = query.Where(p => p.Key is not ("sign" or "access_token")).ToArray();
        Array.Sort(keys, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return secret + path + string.Concat(keys.Select(p => p.Key + p.Value)) + body + secret;
    }

    public static string Sign(string secret, string path, IEnumerable<KeyValuePair<string, string>> query, string body) =>
        Hmac(secret, Wrapped(secret, path, query, body));

    public static string Hmac(string secret, string message)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        return string.Concat(hmac.ComputeHash(Encoding.UTF8.GetBytes(message)).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }
}
