using System.Collections.Concurrent;
using CommerceHub.Sandbox.Hosting;

namespace CommerceHub.Sandbox.Core.Limits;

public sealed record RateLimitSettings(int PermitsPerWindow, double WindowSeconds, IReadOnlyDictionary<string, int> PerApi);

/// <summary>
/// Fixed-window limits per app+shop, plus optional per-API limits per app+shop+API. Windows follow the sandbox
/// clock, so moving the clock also opens a fresh window.
/// </summary>
public sealed class RateLimiter(SandboxClock clock, PlatformContext context)
{
    private readonly ConcurrentDictionary<string, Window> windows = new(StringComparer.Ordinal);
    private RateLimitSettings settings = new(
        context.Options.RateLimit.PermitsPerWindow,
        context.Options.RateLimit.WindowSeconds,
        new Dictionary<string, int>(context.Options.RateLimit.PerApi, StringComparer.Ordinal));

    private long refused;

    public RateLimitSettings Settings => Volatile.Read(ref settings);

    /// <summary>Calls refused for a limit since start, so a benchmark can show that a client stayed inside them.</summary>
    public long Refused => Interlocked.Read(ref refused);

    public void Set(RateLimitSettings value)
    {
        Volatile.Write(ref settings, value);
        windows.Clear();
    }

    public bool TryAcquire(string appId, string shopId, string api)
    {
        var current = Settings;
        var allowed = (!current.PerApi.TryGetValue(api, out var apiLimit) || Take($"{appId}|{shopId}|{api}", apiLimit, current.WindowSeconds))
            && Take($"{appId}|{shopId}", current.PermitsPerWindow, current.WindowSeconds);
        if (!allowed)
        {
            Interlocked.Increment(ref refused);
        }

        return allowed;
    }

    private bool Take(string key, int permits, double windowSeconds)
    {
        if (permits <= 0)
        {
            return true;
        }

        var windowTicks = Math.Max(1, (long)(windowSeconds * TimeSpan.TicksPerSecond));
        var windowStart = clock.GetUtcNow().UtcTicks / windowTicks;
        var window = windows.GetOrAdd(key, _ => new Window());
        lock (window)
        {
            if (window.Start != windowStart)
            {
                window.Start = windowStart;
                window.Count = 0;
            }

            if (window.Count >= permits)
            {
                return false;
            }

            window.Count++;
            return true;
        }
    }

    private sealed class Window
    {
        public long Start { get; set; } = -1;

        public int Count { get; set; }
    }
}
