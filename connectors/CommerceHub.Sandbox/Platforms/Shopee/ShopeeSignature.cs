using System.Security.Cryptography;
using System.Text;

namespace CommerceHub.Sandbox.Platforms.Shopee;

/// <summary>
/// Shopee v2 signing, as pure functions: lowercase hex HMAC-SHA256 keyed with the UTF-8 bytes of the partner key
/// (never hex-decoded). Shop APIs sign partner_id+path+timestamp+access_token+shop_id; public APIs drop the last two.
/// </summary>
public static class ShopeeSignature
{
    public static string BaseString(long partnerId, string path, long timestamp, string? accessToken = null, long? shopId = null) =>
        accessToken is null || shopId is null
            ? $"{partnerId}{path}{timestamp}"
            : $"{partnerId}{path}{timestamp}{accessToken}{shopId}";

    public static string Sign(string partnerKey, string baseString) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(partnerKey), Encoding.UTF8.GetBytes(baseString)));

    /// <summary>The push Authorization header: HMAC over callback URL, a pipe, and the raw body.</summary>
    public static string PushSignature(string partnerKey, string callbackUrl, string rawBody) =>
        Sign(partnerKey, callbackUrl + "|" + rawBody);

    /// <summary>Constant-time check, so response timing does not reveal how much of a guessed sign matched.</summary>
    public static bool Verify(string partnerKey, string baseString, string sign) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(partnerKey, baseString)), Encoding.ASCII.GetBytes(sign));
}
