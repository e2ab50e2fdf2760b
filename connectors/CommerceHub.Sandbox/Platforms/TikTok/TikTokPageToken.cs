using System.Globalization;
using System.Text;

namespace CommerceHub.Sandbox.Platforms.TikTok;

/// <summary>
/// Opaque page_token: the sort key and id of the last row served. The next page starts strictly after that row, so
/// orders created while a client pages through do not shift or repeat rows.
/// </summary>
internal static class TikTokPageToken
{
    public static string Encode(long key, string id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{key.ToString(CultureInfo.InvariantCulture)}:{id}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryDecode(string? token, out (long Key, string Id)? after)
    {
        after = null;
        if (string.IsNullOrEmpty(token))
        {
            return true;
        }

        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=')));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && long.TryParse(text[..colon], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var key))
            {
                after = (key, text[(colon + 1)..]);
                return true;
            }
        }
        catch (FormatException)
        {
            // Falls through: not a token this sandbox issued.
        }

        return false;
    }
}
