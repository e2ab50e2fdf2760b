using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CommerceHub.LiveConsole.Auth;

/// <summary>What an overlay link grants: one live session's overlay, on behalf of the host who made the link.</summary>
public sealed record OverlayGrant(Guid SessionId, string RefreshToken);

/// <summary>
/// Overlay links for OBS's browser source, which cannot sign in. The key is the host's refresh token encrypted and
/// time-limited with the console's data-protection keys: only this console can read it, and only for one session.
/// </summary>
public sealed class OverlayKeys(IDataProtectionProvider provider, IOptions<ConsoleOptions> options)
{
    private readonly ITimeLimitedDataProtector _protector = provider.CreateProtector("CommerceHub.LiveConsole.Overlay").ToTimeLimitedDataProtector();

    public string Create(Guid sessionId, string refreshToken) =>
        _protector.Protect(JsonSerializer.Serialize(new OverlayGrant(sessionId, refreshToken)), TimeSpan.FromHours(options.Value.OverlayKeyHours));

    public OverlayGrant? Read(string? key, Guid sessionId)
    {
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        try
        {
            var grant = JsonSerializer.Deserialize<OverlayGrant>(_protector.Unprotect(key));
            return grant?.SessionId == sessionId ? grant : null;
        }
        catch (Exception exception) when (exception is CryptographicException or JsonException)
        {
            return null;
        }
    }
}
