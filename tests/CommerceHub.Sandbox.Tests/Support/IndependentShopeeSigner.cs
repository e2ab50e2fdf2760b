using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CommerceHub.Sandbox.Tests.Support;

/// <summary>
/// Shopee signing written from the documentation alone, so tests check the sandbox against the spec rather than
/// against itself: lowercase hex HMAC-SHA256, key = UTF-8 bytes of the partner key.
/// </summary>
internal static class IndependentShopeeSigner
{
    public static string Hmac(string key, string message)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(key));
        var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(message));
        var hex = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            hex.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    public static string ShopSign(string key, long partnerId, string path, long timestamp, string accessToken, long shopId) =>
        Hmac(key, string.Create(CultureInfo.InvariantCulture, $"{partnerId}{path}{timestamp}{accessToken}{shopId}"));

    public static string PublicSign(string key, long partnerId, string path, long timestamp) =>
        Hmac(key, string.Create(CultureInfo.InvariantCulture, $"{partnerId}{path}{timestamp}"));
}
