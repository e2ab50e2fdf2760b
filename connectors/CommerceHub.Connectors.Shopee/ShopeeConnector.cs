using System.Globalization;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using MapsterMapper;
using Microsoft.Extensions.Logging;

namespace CommerceHub.Connectors.Shopee;

/// <summary>
/// Shopee behind the hub's capability interfaces. Stateless: tokens live in IShopTokenStore, limits and locks in
/// Redis, so any hub node can serve any shop. Split by capability into partial files.
/// </summary>
public sealed partial class ShopeeConnector
    : ICatalogPublisher, IInventorySink, IPriceSink, IItemSource, IOrderSource, IOrderBatchSource, IShipmentSink, IPushReceiver
{
    /// <summary>Name of the HttpClient the factory manages for Shopee (tests add handlers to it).</summary>
    public const string HttpClientName = "Shopee";

    private const string Platform = nameof(Marketplace.Shopee);

    private readonly ShopeeClient client;
    private readonly MarketplaceCallRunner runner;
    private readonly IMapper mapper;
    private readonly TimeProvider clock;
    private readonly ILogger<ShopeeConnector> logger;
    private readonly string partnerId;

    internal ShopeeConnector(ShopeeClient client, MarketplaceCallRunner runner, IMapper mapper, TimeProvider clock, ILogger<ShopeeConnector> logger)
    {
        this.client = client;
        this.runner = runner;
        this.mapper = mapper;
        this.clock = clock;
        this.logger = logger;
        partnerId = client.Options.PartnerId.ToString(CultureInfo.InvariantCulture);
    }

    private MarketplaceCall Call(ShopRef shop, string path, bool idempotent) =>
        new(path, idempotent, RateLimitRule.For(
            Platform, partnerId, shop.ShopId, path, client.Options.ShopPermitsPerSecond, client.Options.ApiPermitsPerSecond));

    /// <summary>Runs a call; <paramref name="idempotent"/> says whether it may be repeated after a 5xx or timeout.</summary>
    private Task<T> RunAsync<T>(ShopRef shop, string path, bool idempotent, Func<ShopToken, CancellationToken, Task<T>> send, CancellationToken ct)
    {
        Check(shop);
        return runner.RunAsync(shop, Call(shop, path, idempotent), send, ct);
    }

    private static void Check(ShopRef shop) => PlatformIds.RequireNumericShop(shop, Marketplace.Shopee, "a Shopee shop");

    private static long Id(string value, string name) => PlatformIds.Parse(value, "Shopee", name);

    private static string Text(long id) => PlatformIds.Text(id);
}
