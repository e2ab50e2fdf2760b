using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CommerceHub.Sandbox.Tests.Support;

/// <summary>
/// Lazada signing written from the documentation alone (doc 108068), so tests check the sandbox against the spec:
/// sort the parameters by name in ASCII order, write name+value after the API path, HMAC-SHA256 with the app
/// secret, uppercase hex. Pushes: HMAC-SHA256(app_secret, app_key + body), lowercase hex.
/// </summary>
internal static class IndependentLazadaSigner
{
    public static string Sign(string secret, string apiPath, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var sorted = parameters.Where(p => p.Key != "sign").ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var text = new StringBuilder(apiPath);
        foreach (var (name, value) in sorted)
        {
            text.Append(name).Append(value);
        }

        return Hex(secret, text.ToString(), "X2");
    }

    public static string Push(string secret, string appKey, string body) => Hex(secret, appKey + body, "x2");

    private static string Hex(string secret, string message, string format)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var hex = new StringBuilder();
        foreach (var b in hmac.ComputeHash(Encoding.UTF8.GetBytes(message)))
        {
            hex.Append(b.ToString(format, CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }
}
