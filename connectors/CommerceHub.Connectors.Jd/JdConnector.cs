using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using MapsterMapper;
using Microsoft.Extensions.Logging;

namespace CommerceHub.Connectors.Jd;

/// <summary>
/// JD (JOS) behind the hub's capability interfaces. Stateless: tokens live in IShopTokenStore, limits and
/// locks in Redis, so any hub node can serve any vender. Split by capability into partial files. Ware creation
/// (ICatalogPublisher) and JD's message push are not implemented (see the README's known gaps).
/// </summary>
public sealed partial class JdConnector
    : IInventorySink, IPriceSink, IItemSource, IOrderSource, IShipmentSink
{
    /// <summary>Name of the HttpClient the factory manages for JD (tests add handlers to it).</summary>
    public const string HttpClientName = "JD";

    private const string Platform = nameof(Marketplace.JD);

    // Enough calls in flight that latency never idles the seller's budget; the limiter does the pacing.
    private const int ParallelCalls = 4;

    private readonly JdClient client;
    private readonly MarketplaceCallRunner runner;
    private readonly IMapper mapper;
    private readonly TimeProvider clock;
    private readonly ILogger<JdConnector> logger;

    internal JdConnector(JdClient client, MarketplaceCallRunner runner, IMapper mapper, TimeProvider clock, ILogger<JdConnector> logger)
    {
        this.client = client;
        this.runner = runner;
        this.mapper = mapper;
        this.clock = clock;
        this.logger = logger;
    }

    private JdOptions Options => client.Options;

    private MarketplaceCall Call(ShopRef shop, string method, bool idempotent) =>
        new(method, idempotent, RateLimitRule.For(Platform, Options.AppKey, shop.ShopId, method, Options.ShopPermitsPerSecond, Options.ApiPermitsPerSecond));

    /// <summary>Runs a call; <paramref name="idempotent"/> says whether it may be repeated after a 5xx or timeout.</summary>
    private Task<T> RunAsync<T>(ShopRef shop, string method, bool idempotent, Func<ShopToken, CancellationToken, Task<T>> send, CancellationToken ct)
    {
        Check(shop);
        return runner.RunAsync(shop, Call(shop, method, idempotent), send, ct);
    }

    private static void Check(ShopRef shop) => PlatformIds.RequireNumericShop(shop, Marketplace.JD, "a JD vender");

    private static long Id(string value, string name) => PlatformIds.Parse(value, "JD", name);

    private static string Text(long id) => PlatformIds.Text(id);
}
