using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CommerceHub.Connectors.Runtime;

namespace CommerceHub.Connectors.Taobao;

/// <summary>
/// TOP signing as pure functions. Every parameter except sign (system and business, query and form) is sorted by
/// name in ordinal order and written name+value. md5 wraps that string in the app secret on both ends; hmac
/// (HMAC-MD5) and hmac-sha256 key with the secret and do not wrap. UPPERCASE hex over the UTF-8 bytes, so Chinese
/// titles are signed exactly as they are sent.
/// </summary>
public static class TaobaoSigner
{
    public const string Md5 = "md5";
    public const string Hmac = "hmac";
    public const string HmacSha256 = "hmac-sha256";

    /// <summary>TOP's timestamps are Beijing time (GMT+8) whatever the caller's zone.</summary>
    public static readonly TimeSpan Offset = BeijingTimeConverter.Offset;

    public const string TimeFormat = BeijingTimeConverter.Format;

    public static string BaseString(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Concat(parameters.Where(p => p.Key != "sign").OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + p.Value));

    [SuppressMessage("Security", "CA5351", Justification = "TOP mandates MD5 and HMAC-MD5 for sign_method md5 and hmac.")]
    public static string Sign(string signMethod, string appSecret, string baseString) => signMethod switch
    {
        Md5 => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(appSecret + baseString + appSecret))),
        Hmac => Convert.ToHexString(HMACMD5.HashData(Encoding.UTF8.GetBytes(appSecret), Encoding.UTF8.GetBytes(baseString))),
        HmacSha256 => Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), Encoding.UTF8.GetBytes(baseString))),
        _ => throw new ArgumentOutOfRangeException(nameof(signMethod), signMethod, "TOP signs with md5, hmac or hmac-sha256."),
    };

    /// <summary>The timestamp parameter: <paramref name="clock"/>'s now in GMT+8 (TOP allows about 10 minutes of skew).</summary>
    public static string Timestamp(TimeProvider clock) => Time(clock.GetUtcNow());

    public static string Time(DateTimeOffset time) => BeijingTimeConverter.Text(time);
}
