using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using MapsterMapper;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using StackExchange.Redis.KeyspaceIsolation;

namespace CommerceHub.Connectors.Tiki;

/// <summary>
/// Tiki behind the hub's capability interfaces. Stateless per node: seller tokens live in IShopTokenStore, limits,
/// locks, queue codes and acknowledgement ids in Redis, so any hub node can serve any seller. Split by capability.
/// </summary>
public sealed partial class TikiConnector : IInventorySink, IPriceSink, IItemSource, IOrderSource, IShipmentSink, IEventFeed
{
    /// <summary>Name of the HttpClient the factory manages for Tiki (tests add handlers to it).</summary>
    public const string HttpClientName = "Tiki";

    private const string Platform = nameof(Marketplace.Tiki);

    /// <summary>The hub's Redis key prefix, shared with the runtime's keys.</summary>
    private const string KeyPrefix = "ch:";

    private readonly TikiClient client;
    private readonly MarketplaceCallRunner runner;
    private readonly IMapper mapper;
    private readonly TimeProvider clock;
    private readonly RedisLock locks;
    private readonly IDatabase redis;
    private readonly ILogger<TikiConnector> logger;

    internal TikiConnector(
        TikiClient client, MarketplaceCallRunner runner, IMapper mapper, TimeProvider clock, RedisLock locks, IConnectionMultiplexer redis, ILogger<TikiConnector> logger)
    {
        this.client = client;
        this.runner = runner;
        this.mapper = mapper;
        this.clock = clock;
        this.locks = locks;
        this.redis = redis.GetDatabase().WithKeyPrefix(KeyPrefix);
        this.logger = logger;
    }

    private MarketplaceCall Call(ShopRef shop, string path, bool idempotent) =>
        new(path, idempotent, RateLimitRule.For(
            Platform, client.Options.ClientId, shop.ShopId, path, client.Options.ShopPermitsPerSecond, client.Options.ApiPermitsPerSecond));

    /// <summary>Runs a seller call; <paramref name="idempotent"/> says whether it may be repeated after a 5xx or timeout.</summary>
    private Task<T> RunAsync<T>(ShopRef shop, string path, bool idempotent, Func<string, CancellationToken, Task<T>> send, CancellationToken ct)
    {
        Check(shop);
        return runner.RunAsync(shop, Call(shop, path, idempotent), (token, c) => send(token.AccessToken, c), ct);
    }

    private static void Check(ShopRef shop)
    {
        if (shop.Marketplace != Marketplace.Tiki || string.IsNullOrWhiteSpace(shop.ShopId))
        {
            throw new ArgumentException($"{shop} is not a Tiki seller.", nameof(shop));
        }
    }

    private static long Id(string value, string name) => PlatformIds.Parse(value, "Tiki product", name);

    private static string Text(long id) => PlatformIds.Text(id);
}
