using System.Collections.Concurrent;
using System.Security.Cryptography;
using CommerceHub.LiveConsole.Hub;

namespace CommerceHub.LiveConsole.Auth;

/// <summary>
/// Hub tokens per signed-in user, kept server-side so a token never reaches the browser. A console restart empties
/// it and the cookie is then refused, so the host signs in again.
/// </summary>
public sealed class HubSessionStore(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, HubSession> _sessions = new(StringComparer.Ordinal);

    public HubSession Add(HubUserInfo user, HubTokenResponse tokens)
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var session = new HubSession(key, user, tokens.AccessToken, tokens.RefreshToken, ExpiresAt(tokens));
        _sessions[key] = session;
        return session;
    }

    public HubSession? Find(string key) => _sessions.GetValueOrDefault(key);

    public HubSession Renew(HubSession session, HubTokenResponse tokens)
    {
        var renewed = session with { AccessToken = tokens.AccessToken, RefreshToken = tokens.RefreshToken, ExpiresAt = ExpiresAt(tokens) };
        _sessions[session.Key] = renewed;
        return renewed;
    }

    public void Remove(string key) => _sessions.TryRemove(key, out _);

    private DateTimeOffset ExpiresAt(HubTokenResponse tokens) => clock.GetUtcNow().AddSeconds(tokens.ExpiresIn);
}
