using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace CommerceHub.Sandbox.Tests.Support;

/// <summary>
/// JD signing written from the platform notes alone, so tests check the sandbox against the spec rather than against
/// itself: secret + sorted name+value pairs + secret, MD5 of the UTF-8 bytes, upper-case hex.
/// </summary>
internal static class IndependentJDSigner
{
    [SuppressMessage("Security", "CA5351", Justification = "JD's protocol mandates MD5.")]
    public static string Sign(string secret, IDictionary<string, string> parameters)
    {
        var text = new StringBuilder(secret);
        foreach (var name in parameters.Keys.Where(k => k is not ("sign" or "format" or "sign_method")).OrderBy(k => k, StringComparer.Ordinal))
        {
            text.Append(name).Append(parameters[name]);
        }

        text.Append(secret);
        var hash = MD5.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return string.Concat(hash.Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
