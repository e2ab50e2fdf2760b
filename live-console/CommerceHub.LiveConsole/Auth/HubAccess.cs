using CommerceHub.LiveConsole.Hub;
using Microsoft.AspNetCore.Components.Authorization;

namespace CommerceHub.LiveConsole.Auth;

/// <summary>
/// The hub access token for this circuit: the signed-in user's (from the cookie's session key), or an overlay's
/// (from its link). Renews the token shortly before it expires.
/// </summary>
public sealed class HubAccess(AuthenticationStateProvider auth, HubSessionStore store, HubAuthClient hubAuth,
    OverlayKeys overlayKeys, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(2);
    private readonly SemaphoreSlim _renewing = new(1, 1);
    private OverlayGrant? _overlay;
    private HubTokenResponse? _overlayTokens;
    private DateTimeOffset _overlayExpires;

    /// <summary>Uses an overlay link instead of a signed-in user; false when the key is invalid or expired.</summary>
    public bool UseOverlayKey(string? key, Guid sessionId)
    {
        _overlay = overlayKeys.Read(key, sessionId);
        return _overlay is not null;
    }

    public async Task<string?> AccessTokenAsync(CancellationToken ct = default)
    {
        await _renewing.WaitAsync(ct);
        try
        {
            return _overlay is not null ? await OverlayTokenAsync(_overlay, ct) : await UserTokenAsync(ct);
        }
        finally
        {
            _renewing.Release();
        }
    }

    public async Task<HubSession?> SessionAsync()
    {
        var state = await auth.GetAuthenticationStateAsync();
        var key = state.User.FindFirst(ConsoleClaims.SessionKey)?.Value;
        return key is null ? null : store.Find(key);
    }

    private async Task<string?> UserTokenAsync(CancellationToken ct)
    {
        var session = await SessionAsync();
        if (session is null || session.ExpiresAt - clock.GetUtcNow() > RenewBefore)
        {
            return session?.AccessToken;
        }

        var tokens = await hubAuth.RefreshAsync(session.RefreshToken, ct);
        if (tokens is null)
        {
            store.Remove(session.Key);
            return null;
        }

        return store.Renew(session, tokens).AccessToken;
    }

    private async Task<string?> OverlayTokenAsync(OverlayGrant grant, CancellationToken ct)
    {
        if (_overlayTokens is null || _overlayExpires - clock.GetUtcNow() <= RenewBefore)
        {
            _overlayTokens = await hubAuth.RefreshAsync(_overlayTokens?.RefreshToken ?? grant.RefreshToken, ct);
            _overlayExpires = clock.GetUtcNow().AddSeconds(_overlayTokens?.ExpiresIn ?? 0);
        }

        return _overlayTokens?.AccessToken;
    }

    public void Dispose() => _renewing.Dispose();
}
