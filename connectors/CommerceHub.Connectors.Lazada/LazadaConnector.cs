using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using MapsterMapper;
using Microsoft.Extensions.Logging;

namespace CommerceHub.Connectors.Lazada;

/// <summary>
/// Lazada behind the hub's capability interfaces. Stateless: tokens live in IShopTokenStore, limits and locks in
/// Redis, so any hub node can serve any shop. Split by capability into partial files.
/// </summary>
public sealed partial class LazadaConnector
    : ICatalogPublisher, IInventorySink, IPriceSink, IItemSource, IOrderSource, IShipmentSink, IPushReceiver
{
    /// <summary>Name of the HttpClient the factory manages for Lazada (tests add handlers to it).</summary>
    public const string HttpClientName = "Lazada";

    private const string Platform = nameof(Marketplace.Lazada);

    private readonly LazadaClient client;
    private readonly MarketplaceCallRunner runner;
    private readonly IMapper mapper;
    private readonly TimeProvider clock;
    private readonly ILogger<LazadaConnector> logger;

    internal LazadaConnector(LazadaClient client, MarketplaceCallRunner runner, IMapper mapper, TimeProvider clock, ILogger<LazadaConnector> logger)
    {
        this.client = client;
        this.runner = runner;
        this.mapper = mapper;
        this.clock = clock;
        this.logger = logger;
    }

    private LazadaOptions Options => client.Options;

    private MarketplaceCall Call(ShopRef shop, string path, bool idempotent) =>
        new(path, idempotent, RateLimitRule.For(Platform, Options.AppKey, shop.ShopId, path, Options.ShopPermitsPerSecond, Options.ApiPermitsPerSecond));

    /// <summary>Runs a call; <paramref name="idempotent"/> says whether it may be repeated after a 5xx or timeout.</summary>
    private Task<T> RunAsync<T>(ShopRef shop, string path, bool idempotent, Func<ShopToken, CancellationToken, Task<T>> send, CancellationToken ct)
    {
        Check(shop);
        return runner.RunAsync(shop, Call(shop, path, idempotent), send, ct);
    }

    /// <summary>The currency the shop's country sells in.</summary>
    private string Currency(ShopRef shop) =>
        Currencies.ForRegion(Options.ShopRegions.GetValueOrDefault(shop.ShopId) ?? Options.Region) ?? "VND";

    private static void Check(ShopRef shop) => PlatformIds.RequireNumericShop(shop, Marketplace.Lazada, "a Lazada shop");

    private static long Id(string value, string name) => PlatformIds.Parse(value, "Lazada", name);

    private static string Text(long id) => PlatformIds.Text(id);
}
