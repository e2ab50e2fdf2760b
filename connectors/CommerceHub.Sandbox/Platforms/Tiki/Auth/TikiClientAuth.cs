using System.Net.Http.Headers;
using System.Text;
using CommerceHub.Sandbox.Core.Accounts;

namespace CommerceHub.Sandbox.Platforms.Tiki.Auth;

/// <summary>RFC 6749 §2.3.1 client authentication: HTTP Basic (form-encoded id and secret) or client_id/client_secret in the body.</summary>
internal static class TikiClientAuth
{
    public static SandboxApp? Authenticate(HttpRequest request, IFormCollection form, AppRegistry registry)
    {
        var (clientId, secret) = FromBasic(request) ?? (form["client_id"].ToString(), form["client_secret"].ToString());
        return clientId.Length > 0 && registry.FindApp(clientId) is { } app && app.Secret == secret ? app : null;
    }

    private static (string ClientId, string Secret)? FromBasic(HttpRequest request)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return null;
        }

        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? null : (Uri.UnescapeDataString(pair[..colon]), Uri.UnescapeDataString(pair[(colon + 1)..]));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
