using CommerceHub.Connectors.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CommerceHub.Connectors.Runtime;

/// <summary>What to do with a verified push.</summary>
public enum PushDecision
{
    /// <summary>First delivery of a newer state: process it.</summary>
    Fresh,

    /// <summary>Seen before (platforms deliver at least once): acknowledge and drop.</summary>
    Duplicate,

    /// <summary>Older than a state already processed for the same order (arrived out of order): acknowledge and drop.</summary>
    Stale,
}

/// <summary>
/// De-duplicates pushes across hub nodes and drops order pushes older than the newest one seen for that order.
/// Order is (update time, status rank): several status moves can share one platform second.
/// </summary>
public sealed class PushGate(IConnectionMultiplexer redis, IOptions<ConnectorRuntimeOptions> options)
{
    // KEYS[1] seen-marker, KEYS[2] (optional) order position. ARGV[1] position, ARGV[2] TTL ms.
    private const string Script = """
        if not redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[2]) then return 1 end
        if #KEYS > 1 then
          local last = tonumber(redis.call('GET', KEYS[2]) or '-1')
          if tonumber(ARGV[1]) < last then return 2 end
          redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
        end
        return 0
        """;

    private readonly IDatabase database = RedisKeys.Database(redis);

    public async Task<PushDecision> AdmitAsync(MarketplacePush push, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var marketplace = push.Shop?.Marketplace ?? default;
        RedisKey[] keys = push is { Shop: { } shop, ExternalOrderId: { } order }
            ? [RedisKeys.PushSeen(marketplace, push.DedupKey), RedisKeys.PushOrder(shop, order)]
            : [RedisKeys.PushSeen(marketplace, push.DedupKey)];
        var position = (push.OccurredAt.ToUnixTimeMilliseconds() * 16) + (int)(push.Status ?? OrderStatus.Unknown);
        var ttl = (long)options.Value.PushMemory.TotalMilliseconds;
        var result = (long)await database.ScriptEvaluateAsync(Script, keys, [position, ttl]);
        return result switch { 1 => PushDecision.Duplicate, 2 => PushDecision.Stale, _ => PushDecision.Fresh };
    }
}
