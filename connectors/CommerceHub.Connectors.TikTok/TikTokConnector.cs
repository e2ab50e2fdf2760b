using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using MapsterMapper;
using Microsoft.Extensions.Logging;

namespace CommerceHub.Connectors.TikTok;

/// <summary>
/// TikTok Shop behind the hub's capability interfaces. Stateless apart from caches of stable facts (shop ciphers,
/// SKU warehouses): tokens live in IShopTokenStore, limits and locks in Redis. Split by capability into partial files.
/// </summary>
public sealed partial class TikTokConnector
    : ICatalogPublisher, IInventorySink, IPriceSink, IItemSource, IOrderSource, IOrderBatchSource, IShipmentSink, IPushReceiver
{
    /// <summary>Name of the HttpClient the factory manages for TikTok Shop (tests add handlers to it).</summary>
    public const string HttpClientName = "TikTok";

    private readonly TikTokClient client;
    private readonly MarketplaceCallRunner runner;
    private readonly TikTokShopCiphers ciphers;
    private readonly IMapper mapper;
    private readonly TimeProvider clock;
    private readonly ILogger<TikTokConnector> logger;

    internal TikTokConnector(
        TikTokClient client, MarketplaceCallRunner runner, TikTokShopCiphers ciphers, IMapper mapper, TimeProvider clock, ILogger<TikTokConnector> logger)
    {
        this.client = client;
        this.runner = runner;
        this.ciphers = ciphers;
        this.mapper = mapper;
        this.clock = clock;
        this.logger = logger;
    }

    private MarketplaceCall Call(ShopRef shop, string api, bool idempotent) => new(api, idempotent, TikTokLimits.For(client.Options, shop.ShopId, api));

    /// <summary>Runs a shop call with its cipher; <paramref name="idempotent"/> says whether it may be repeated after a 5xx or timeout.</summary>
    private async Task<T> RunAsync<T>(ShopRef shop, string api, bool idempotent, Func<ShopToken, string, CancellationToken, Task<T>> send, CancellationToken ct)
    {
        var cipher = await CipherAsync(shop, ct);
        return await runner.RunAsync(shop, Call(shop, api, idempotent), (token, c) => send(token, cipher, c), ct);
    }

    private async Task<string> CipherAsync(ShopRef shop, CancellationToken ct)
    {
        Check(shop);
        if (ciphers.TryGet(shop.ShopId, out var cipher))
        {
            return cipher;
        }

        var shops = await runner.RunAsync(shop, Call(shop, TikTokClient.AuthorizedShopsPath, idempotent: true),
            (token, c) => client.GetAuthorizedShopsAsync(token.AccessToken, c), ct);
        ciphers.Remember(shops);
        return ciphers.TryGet(shop.ShopId, out cipher)
            ? cipher
            : throw new MarketplaceAuthException(
                new MarketplaceError(Marketplace.TikTokShop, 200, null, null, null), AuthFailure.Grant, $"{shop} is not among the shops the seller authorized.");
    }

    private static void Check(ShopRef shop) => PlatformIds.RequireNumericShop(shop, Marketplace.TikTokShop, "a TikTok Shop shop");
}
