using System.Globalization;
using StackExchange.Redis;

namespace CommerceHub.Connectors.Runtime;

/// <summary>
/// Client-side limiter shared by every hub node through Redis: GCRA cells keyed by platform, app, shop and API.
/// Each call reserves its slot in one script run (all its rules at once) and then waits for it, so callers are
/// served in arrival order and one busy shop never spends another shop's budget. The clock is Redis's TIME, so
/// nodes with skewed clocks still agree.
/// </summary>
public sealed class RedisRateLimiter(IConnectionMultiplexer redis, TimeProvider time)
{
    // KEYS: one cell per rule. ARGV: interval_ms and burst per rule, then a pause in ms (0 = reserve, >0 = penalize).
    // Returns the milliseconds the caller must wait before sending.
    private const string Script = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
        local pause = tonumber(ARGV[#ARGV])
        local at = now
        local tats = {}
        for i = 1, #KEYS do
          local interval = tonumber(ARGV[2 * i - 1])
          local burst = tonumber(ARGV[2 * i])
          local tat = tonumber(redis.call('GET', KEYS[i]) or now)
          if tat < now then tat = now end
          tats[i] = tat
          local allowed = tat - (burst - 1) * interval
          if allowed > at then at = allowed end
        end
        for i = 1, #KEYS do
          local interval = tonumber(ARGV[2 * i - 1])
          local tat = tats[i]
          if pause > 0 then
            if tat < now + pause then tat = now + pause end
          else
            if tat < at then tat = at end
            tat = tat + interval
          end
          redis.call('SET', KEYS[i], string.format('%.3f', tat), 'PX', math.ceil(tat - now) + 1000)
        end
        if pause > 0 then return 0 end
        return math.ceil(at - now)
        """;

    private readonly IDatabase database = RedisKeys.Database(redis);

    /// <summary>Waits until every rule allows one more call, and takes it.</summary>
    public async ValueTask AcquireAsync(IReadOnlyList<RateLimitRule> rules, CancellationToken cancellationToken = default)
    {
        var waitMs = await RunAsync(rules, TimeSpan.Zero);
        if (waitMs > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(waitMs), time, cancellationToken);
        }
    }

    /// <summary>Pushes every rule's next free slot at least <paramref name="pause"/> away, for all nodes (after a throttle).</summary>
    public async ValueTask PenalizeAsync(IReadOnlyList<RateLimitRule> rules, TimeSpan pause) =>
        await RunAsync(rules, pause < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : pause);

    private async Task<long> RunAsync(IReadOnlyList<RateLimitRule> rules, TimeSpan pause)
    {
        if (rules.Count == 0)
        {
            return 0;
        }

        var keys = rules.Select(r => RedisKeys.RateLimit(r.Scope)).ToArray();
        var args = rules.SelectMany(r => new RedisValue[] { r.IntervalMs.ToString("F3", CultureInfo.InvariantCulture), Math.Max(1, r.Burst) })
            .Append((long)pause.TotalMilliseconds)
            .ToArray();
        var result = await database.ScriptEvaluateAsync(Script, keys, args);
        return (long)result;
    }
}
