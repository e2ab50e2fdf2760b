using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace CommerceHub.Sandbox.Platforms.Taobao;

/// <summary>
/// TOP signing as pure functions over the sorted name+value string of every parameter except sign: md5 wraps it in the
/// secret on both ends; hmac (HMAC-MD5) and hmac-sha256 key with the secret and do not wrap. Upper-case hex, UTF-8.
/// </summary>
public static class TaobaoSignature
{
    public static readonly IReadOnlySet<string> Methods = new HashSet<string>(StringComparer.Ordinal) { "md5", "hmac", "hmac-sha256" };

    public static string BaseString(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Concat(parameters.Where(p => p.Key != "sign").OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + p.Value));

    [SuppressMessage("Security", "CA5351", Justification = "TOP's protocol mandates MD5 and HMAC-MD5; the sandbox must compute the same sign.")]
    public static string Sign(string signMethod, string appSecret, string baseString)
    {
        var key = Encoding.UTF8.GetBytes(appSecret);
        var hash = signMethod switch
        {
            "md5" => MD5.HashData(Encoding.UTF8.GetBytes(appSecret + baseString + appSecret)),
            "hmac" => HMACMD5.HashData(key, Encoding.UTF8.GetBytes(baseString)),
            "hmac-sha256" => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(baseString)),
            _ => throw new ArgumentOutOfRangeException(nameof(signMethod), signMethod, "md5, hmac or hmac-sha256"),
        };
        return Convert.ToHexString(hash);
    }

    /// <summary>Constant-time and case-insensitive.</summary>
    public static bool Verify(string signMethod, string appSecret, string baseString, string sign) =>
        Methods.Contains(signMethod)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(signMethod, appSecret, baseString)), Encoding.ASCII.GetBytes(sign.ToUpperInvariant()));
}
