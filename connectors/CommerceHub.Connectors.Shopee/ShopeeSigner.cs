using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CommerceHub.Connectors.Shopee;

/// <summary>A signed call's common parameters.</summary>
public readonly record struct ShopeeSignature(long Timestamp, string Sign);

/// <summary>
/// Shopee v2 signing as pure functions: lowercase hex HMAC-SHA256 keyed with the partner key's UTF-8 bytes.
/// Shop APIs sign partner_id+path+timestamp+access_token+shop_id; public and token APIs stop after the timestamp.
/// Bodies are not signed. Pushes are signed over callback_url + "|" + raw body.
/// </summary>
public static class ShopeeSigner
{
    public static string BaseString(long partnerId, string path, long timestamp, string? accessToken = null, long? shopId = null) =>
        accessToken is null || shopId is null
            ? string.Create(CultureInfo.InvariantCulture, $"{partnerId}{path}{timestamp}")
            : string.Create(CultureInfo.InvariantCulture, $"{partnerId}{path}{timestamp}{accessToken}{shopId}");

    public static string Sign(string partnerKey, string baseString) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(partnerKey), Encoding.UTF8.GetBytes(baseString)));

    /// <summary>Signs a call for "now" on <paramref name="clock"/>; sign right before sending (Shopee allows 5 minutes).</summary>
    public static ShopeeSignature SignRequest(
        string partnerKey, long partnerId, string path, TimeProvider clock, string? accessToken = null, long? shopId = null)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        return new ShopeeSignature(timestamp, Sign(partnerKey, BaseString(partnerId, path, timestamp, accessToken, shopId)));
    }

    public static string PushSignature(string partnerKey, string callbackUrl, string rawBody) =>
        Sign(partnerKey, callbackUrl + "|" + rawBody);

    /// <summary>Constant-time comparison, so timing does not reveal how much of a forged signature matched.</summary>
    public static bool VerifyPush(string partnerKey, string callbackUrl, string rawBody, string? authorization) =>
        authorization is { Length: 64 }
        && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(PushSignature(partnerKey, callbackUrl, rawBody)),
            Encoding.ASCII.GetBytes(authorization.ToLowerInvariant()));
}
