using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CommerceHub.Connectors.Runtime;

namespace CommerceHub.Connectors.Jd;

/// <summary>
/// JOS signing as pure functions: every parameter except sign, format and sign_method (system parameters and the
/// 360buy_param_json business JSON) sorted by name in ordinal order and written name+value, wrapped in the app secret
/// on both ends, MD5 over the UTF-8 bytes, UPPERCASE hex. Timestamps are Beijing time (GMT+8), ±6 minutes.
/// </summary>
public static class JdSigner
{
    public static readonly TimeSpan Offset = BeijingTimeConverter.Offset;

    public const string TimeFormat = BeijingTimeConverter.Format;

    /// <summary>Sent but never signed (the G6 note).</summary>
    public static readonly IReadOnlySet<string> Unsigned = new HashSet<string>(StringComparer.Ordinal) { "sign", "format", "sign_method" };

    public static string BaseString(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Concat(parameters.Where(p => !Unsigned.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + p.Value));

    [SuppressMessage("Security", "CA5351", Justification = "JOS mandates MD5 for the sign.")]
    public static string Sign(string appSecret, string baseString) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(appSecret + baseString + appSecret)));

    /// <summary>The timestamp parameter: <paramref name="clock"/>'s now in GMT+8.</summary>
    public static string Timestamp(TimeProvider clock) => Time(clock.GetUtcNow());

    public static string Time(DateTimeOffset time) => BeijingTimeConverter.Text(time);
}
