using System.Security.Cryptography;
using System.Text;

namespace CommerceHub.Sandbox.Platforms.Lazada;

/// <summary>
/// Lazada (LazOP) signing as pure functions: every parameter except sign, sorted by name in ASCII order, written as
/// name+value after the API path (the path without "/rest"), then UPPERCASE hex HMAC-SHA256 keyed with the app secret.
/// Pushes are signed over app_key + raw body instead.
/// </summary>
public static class LazadaSignature
{
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

    /// <summary>Constant-time and case-sensitive: the documented form is uppercase hex.</summary>
    public static bool Verify(string appSecret, string baseString, string sign) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(appSecret, baseString)), Encoding.ASCII.GetBytes(sign));

    /// <summary>The push Authorization header: hex HMAC-SHA256(app_secret, app_key + raw body), lowercase as in Lazada's sample.</summary>
    public static string PushSignature(string appSecret, string appKey, string rawBody) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), Encoding.UTF8.GetBytes(appKey + rawBody)));
}
