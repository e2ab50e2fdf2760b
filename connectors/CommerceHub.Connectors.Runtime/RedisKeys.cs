using CommerceHub.Connectors.Abstractions;
using StackExchange.Redis;
using StackExchange.Redis.KeyspaceIsolation;

namespace CommerceHub.Connectors.Runtime;

/// <summary>Every Redis key the connectors use, in one place. The database is prefixed with "ch:" like the rest of the hub.</summary>
internal static class RedisKeys
{
    public const string Prefix = "ch:";

    public static IDatabase Database(IConnectionMultiplexer redis) => redis.GetDatabase().WithKeyPrefix(Prefix);

    /// <summary>A rate-limit cell; expires by itself once idle (the script sets a TTL just past its last reservation).</summary>
    public static RedisKey RateLimit(string scope) => $"conn:rl:{scope}";

    /// <summary>The refresh lock of one shop's token pair; TTL from the lease.</summary>
    public static RedisKey TokenLock(ShopRef shop) => $"conn:lock:token:{shop.Marketplace}:{shop.ShopId}";

    /// <summary>A push already seen; TTL = how long the platform may redeliver it.</summary>
    public static RedisKey PushSeen(Marketplace marketplace, string dedupKey) => $"conn:push:seen:{marketplace}:{dedupKey}";

    /// <summary>The newest push position seen for one order; same TTL as <see cref="PushSeen"/>.</summary>
    public static RedisKey PushOrder(ShopRef shop, string externalOrderId) => $"conn:push:order:{shop.Marketplace}:{shop.ShopId}:{externalOrderId}";
}
