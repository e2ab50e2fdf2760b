using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using MapsterMapper;
using Microsoft.Extensions.Logging;

namespace CommerceHub.Connectors.Taobao;

/// <summary>
/// Taobao/Tmall (TOP) behind the hub's capability interfaces. Stateless: sessions live in IShopTokenStore, limits and
/// locks in Redis, so any hub node can serve any seller. Split by capability into partial files. TMC message push is
/// not implemented (see the README's known gaps).
/// </summary>
public sealed partial class TaobaoConnector
    : ICatalogPublisher, IInventorySink, IPriceSink, IItemSource, IOrderSource, IShipmentSink
{
    /// <summary>Name of the HttpClient the factory manages for Taobao (tests add handlers to it).</summary>
    public const string HttpClientName = "Taobao";

    private const string Platform = nameof(Marketplace.Taobao);

    // Enough calls in flight that latency never idles the seller's budget; the limiter does the pacing.
    private const int ParallelCalls = 4;

    private readonly TaobaoClient client;
    private readonly MarketplaceCallRunner runner;
    private readonly IMapper mapper;
    private readonly TimeProvider clock;
    private readonly ILogger<TaobaoConnector> logger;

    internal TaobaoConnector(TaobaoClient client, MarketplaceCallRunner runner, IMapper mapper, TimeProvider clock, ILogger<TaobaoConnector> logger)
    {
        this.client = client;
        this.runner = runner;
        this.mapper = mapper;
        this.clock = clock;
        this.logger = logger;
    }

    private TaobaoOptions Options => client.Options;

    private MarketplaceCall Call(ShopRef shop, string method, bool idempotent) =>
        new(method, idempotent, RateLimitRule.For(Platform, Options.AppKey, shop.ShopId, method, Options.ShopPermitsPerSecond, Options.ApiPermitsPerSecond));

    /// <summary>Runs a call; <paramref name="idempotent"/> says whether it may be repeated after a 5xx or timeout.</summary>
    private Task<T> RunAsync<T>(ShopRef shop, string method, bool idempotent, Func<ShopToken, CancellationToken, Task<T>> send, CancellationToken ct)
    {
        Check(shop);
        return runner.RunAsync(shop, Call(shop, method, idempotent), send, ct);
    }

    private static void Check(ShopRef shop) => PlatformIds.RequireNumericShop(shop, Marketplace.Taobao, "a Taobao seller");

    private static long Id(string value, string name) => PlatformIds.Parse(value, "Taobao", name);

    private static string Text(long id) => PlatformIds.Text(id);
}
