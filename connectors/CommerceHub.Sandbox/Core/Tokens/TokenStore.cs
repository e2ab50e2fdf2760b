using System.Security.Cryptography;

namespace CommerceHub.Sandbox.Core.Tokens;

/// <summary>
/// Authorization codes, access tokens and refresh tokens for one platform. Codes and refresh tokens are single-use;
/// one lock keeps "use once" exact when connectors refresh from several workers at the same moment.
/// </summary>
public sealed class TokenStore(TokenPolicy policy, SandboxClock clock)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Entry> codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry> access = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry> refresh = new(StringComparer.Ordinal);

    public TokenPolicy Policy => policy;

    public string IssueCode(string appId, string shopId)
    {
        var code = NewToken();
        lock (gate)
        {
            codes[code] = new Entry(appId, shopId, clock.GetUtcNow() + policy.CodeLifetime);
        }

        return code;
    }

    /// <summary>
    /// Redeems a code for a token pair; null when the code is unknown, used, expired or for another app or shop.
    /// <paramref name="lifetimes"/> overrides the platform policy for apps with their own lifetimes (Lazada test vs online apps).
    /// </summary>
    public TokenGrant? Exchange(string appId, string code, string shopId, TokenPolicy? lifetimes = null)
    {
        lock (gate)
        {
            if (!codes.TryGetValue(code, out var entry) || !IsLive(entry) || entry.AppId != appId || entry.ShopId != shopId)
            {
                return null;
            }

            entry.Used = true;
            return IssuePair(appId, shopId, lifetimes ?? policy);
        }
    }

    /// <summary>Trades a refresh token for a new pair; the old access token stays valid for the grace period.</summary>
    public TokenGrant? Refresh(string appId, string shopId, string refreshToken, TokenPolicy? lifetimes = null)
    {
        lock (gate)
        {
            if (!refresh.TryGetValue(refreshToken, out var entry) || !IsLive(entry) || entry.AppId != appId || entry.ShopId != shopId)
            {
                return null;
            }

            entry.Used = true;
            if (entry.Partner is { } oldAccess && access.TryGetValue(oldAccess, out var old))
            {
                var graceEnd = clock.GetUtcNow() + (lifetimes ?? policy).GraceAfterRefresh;
                old.ExpiresAt = old.ExpiresAt < graceEnd ? old.ExpiresAt : graceEnd;
            }

            return IssuePair(appId, shopId, lifetimes ?? policy);
        }
    }

    public AccessCheck Check(string accessToken)
    {
        lock (gate)
        {
            if (!access.TryGetValue(accessToken, out var entry))
            {
                return new AccessCheck(TokenState.Unknown, null, null);
            }

            var state = entry.Revoked ? TokenState.Revoked
                : entry.ExpiresAt <= clock.GetUtcNow() ? TokenState.Expired
                : TokenState.Valid;
            return new AccessCheck(state, entry.AppId, entry.ShopId);
        }
    }

    /// <summary>Revokes every access and refresh token of a shop, optionally only for one app; returns how many.</summary>
    public int Revoke(string shopId, string? appId = null)
    {
        lock (gate)
        {
            var hits = access.Values.Concat(refresh.Values)
                .Where(e => e.ShopId == shopId && (appId is null || e.AppId == appId) && !e.Revoked)
                .ToList();
            hits.ForEach(e => e.Revoked = true);
            return hits.Count;
        }
    }

    /// <summary>Apps that currently hold a live grant for the shop; pushes go to these.</summary>
    public IReadOnlyList<string> AuthorizedApps(string shopId)
    {
        lock (gate)
        {
            return [.. refresh.Values.Where(e => e.ShopId == shopId && !e.Revoked && e.ExpiresAt > clock.GetUtcNow())
                .Select(e => e.AppId).Distinct(StringComparer.Ordinal)];
        }
    }

    public IReadOnlyList<TokenView> List(string shopId)
    {
        lock (gate)
        {
            return [.. View("code", codes, shopId), .. View("access", access, shopId), .. View("refresh", refresh, shopId)];
        }
    }

    private static IEnumerable<TokenView> View(string kind, Dictionary<string, Entry> entries, string shopId) =>
        entries.Where(p => p.Value.ShopId == shopId)
            .Select(p => new TokenView(kind, p.Key, p.Value.AppId, p.Value.ShopId, p.Value.ExpiresAt, p.Value.Used, p.Value.Revoked));

    private TokenGrant IssuePair(string appId, string shopId, TokenPolicy lifetimes)
    {
        var now = clock.GetUtcNow();
        var accessToken = NewToken();
        var refreshToken = NewToken();
        access[accessToken] = new Entry(appId, shopId, now + lifetimes.AccessLifetime);
        refresh[refreshToken] = new Entry(appId, shopId, now + lifetimes.RefreshLifetime) { Partner = accessToken };
        return new TokenGrant(appId, shopId, accessToken, refreshToken, now, now + lifetimes.AccessLifetime, now + lifetimes.RefreshLifetime);
    }

    private bool IsLive(Entry entry) => !entry.Used && !entry.Revoked && entry.ExpiresAt > clock.GetUtcNow();

    // 32 lowercase hex characters, the shape Shopee's samples show for codes and tokens.
    private static string NewToken() => RandomNumberGenerator.GetHexString(32, lowercase: true);

    private sealed class Entry(string appId, string shopId, DateTimeOffset expiresAt)
    {
        public string AppId { get; } = appId;

        public string ShopId { get; } = shopId;

        public DateTimeOffset ExpiresAt { get; set; } = expiresAt;

        public bool Used { get; set; }

        public bool Revoked { get; set; }

        /// <summary>For a refresh token: the access token issued with it.</summary>
        public string? Partner { get; init; }
    }
}
