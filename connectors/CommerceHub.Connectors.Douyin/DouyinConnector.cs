using System.Globalization;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using MapsterMapper;
using Microsoft.Extensions.Logging;

namespace CommerceHub.Connectors.Douyin;

/// <summary>
/// Douyin Shop (抖店) behind the hub's capability interfaces. Stateless: tokens live in IShopTokenStore, limits and
/// locks in Redis. Listing creation is not offered (product.addV2 needs category attributes and image uploads the hub
/// does not model yet). Split by capability into partial files.
/// </summary>
public sealed partial class DouyinConnector : IInventorySink, IPriceSink, IItemSource, IOrderSource, IShipmentSink, IPushReceiver
{
    /// <summary>Name of the HttpClient the factory manages for Douyin Shop (tests add handlers to it).</summary>
    public const string HttpClientName = "Douyin";

    private readonly DouyinClient client;
    private readonly MarketplaceCallRunner runner;
    private readonly IMapper mapper;
    private readonly TimeProvider clock;
    private readonly ILogger<DouyinConnector> logger;

    internal DouyinConnector(DouyinClient client, MarketplaceCallRunner runner, IMapper mapper, TimeProvider clock, ILogger<DouyinConnector> logger)
    {
        this.client = client;
        this.runner = runner;
        this.mapper = mapper;
        this.clock = clock;
        this.logger = logger;
    }

    private MarketplaceCall Call(ShopRef shop, string method, bool idempotent) => new(method, idempotent, DouyinLimits.For(client.Options, shop.ShopId, method));

    /// <summary>Runs a shop call; <paramref name="idempotent"/> says whether it may be repeated after a 5xx or timeout.</summary>
    private Task<T> RunAsync<T>(ShopRef shop, string method, bool idempotent, Func<ShopToken, CancellationToken, Task<T>> send, CancellationToken ct)
    {
        Check(shop);
        return runner.RunAsync(shop, Call(shop, method, idempotent), send, ct);
    }

    private static void Check(ShopRef shop) => PlatformIds.RequireNumericShop(shop, Marketplace.Douyin, "a Douyin Shop shop");

    private static bool TryId(string? text, out long id) => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id);
}
