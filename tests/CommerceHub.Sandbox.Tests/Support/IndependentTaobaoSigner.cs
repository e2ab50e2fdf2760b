using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CommerceHub.Sandbox.Tests.Support;

/// <summary>
/// TOP signing written from the platform notes alone: sorted name+value pairs (sign excluded); md5 wraps them in the
/// secret, hmac (HMAC-MD5) and hmac-sha256 key with the secret; upper-case hex of the UTF-8 bytes.
/// </summary>
internal static class IndependentTaobaoSigner
{
    [SuppressMessage("Security", "CA5351", Justification = "TOP's protocol mandates MD5 and HMAC-MD5.")]
    public static string Sign(string secret, IDictionary<string, string> parameters)
    {
        var text = new StringBuilder();
        foreach (var name in parameters.Keys.Where(k => k != "sign").OrderBy(k => k, StringComparer.Ordinal))
        {
            text.Append(name).Append(parameters[name]);
        }

        var method = parameters.TryGetValue("sign_method", out var m) ? m : "md5";
        var key = Encoding.UTF8.GetBytes(secret);
        byte[] hash;
        if (method == "md5")
        {
            hash = MD5.HashData(Encoding.UTF8.GetBytes(secret + text + secret));
        }
        else
        {
            using HMAC hmac = method == "hmac" ? new HMACMD5(key) : new HMACSHA256(key);
            hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(text.ToString()));
        }

        return string.Concat(hash.Select(b => b.ToString("X2", CultureInfo.InvariantCulture)));
    }
}
