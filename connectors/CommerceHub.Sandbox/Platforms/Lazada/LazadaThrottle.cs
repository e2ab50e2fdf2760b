using System.Collections.Concurrent;
using CommerceHub.Sandbox.Core;
using CommerceHub.Sandbox.Core.Limits;

namespace CommerceHub.Sandbox.Platforms.Lazada;

/// <summary>
/// Lazada's flow control on top of the shared limiter: going over an app+seller limit answers ApiCallLimit and bans
/// the pair for 1 second (the message says so); going over a single API's own limit answers E901 without a ban.
/// </summary>
internal sealed class LazadaThrottle(RateLimiter limiter, SandboxClock clock)
{
    private static readonly TimeSpan Ban = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<string, DateTimeOffset> bans = new(StringComparer.Ordinal);

    public LazadaError? Check(string appId, string shopId, string apiPath)
    {
        var key = $"{appId}|{shopId}";
        var now = clock.GetUtcNow();
        if (bans.TryGetValue(key, out var until) && until > now)
        {
            return LazadaErrors.ApiCallLimit;
        }

        if (limiter.TryAcquire(appId, shopId, apiPath))
        {
            return null;
        }

        if (limiter.Settings.PerApi.ContainsKey(apiPath))
        {
            return LazadaErrors.E901;
        }

        bans[key] = now + Ban;
        return LazadaErrors.ApiCallLimit;
    }
}
