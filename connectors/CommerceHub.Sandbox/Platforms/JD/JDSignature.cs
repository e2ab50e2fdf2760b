using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace CommerceHub.Sandbox.Platforms.JD;

/// <summary>
/// JOS signing as pure functions: parameters sorted by name (ordinal), each written as name+value, wrapped in the app
/// secret on both ends, MD5 over the UTF-8 bytes, upper-case hex.
/// </summary>
public static class JDSignature
{
    public static string BaseString(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Concat(parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + p.Value));

    [SuppressMessage("Security", "CA5351", Justification = "JD's protocol mandates MD5; the sandbox must compute the same sign as the platform.")]
    public static string Sign(string appSecret, string baseString) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(appSecret + baseString + appSecret)));

    /// <summary>Constant-time and case-insensitive, as hex digits may arrive in either case.</summary>
    public static bool Verify(string appSecret, string baseString, string sign) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(appSecret, baseString)), Encoding.ASCII.GetBytes(sign.ToUpperInvariant()));
}
