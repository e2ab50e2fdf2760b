using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Lazada;
using CommerceHub.Connectors.Runtime;
using CommerceHub.Connectors.Tests.Shared;
using CommerceHub.Sandbox.Hosting;
using CommerceHub.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CommerceHub.Connectors.Tests.Lazada;

/// <summary>
/// An in-process Lazada sandbox on a free port, a shared token store (the hub's database) and any number of hub
/// "nodes", each with its own service provider and Redis connection, all following the sandbox clock.
/// </summary>
internal sealed class LazadaHarness : SandboxHarness<LazadaNode>
{
    public const string AppKey = "500777";
    public const string AppSecret = "test-lazada-app-secret-0001";
    public const string SellerVn = "1000101";
    public const string SellerTh = "1000102";

    private LazadaHarness(SandboxHost host, RedisServer redis)
        : base(host, redis, "Lazada")
    {
    }

    public static ShopRef Vn => new(Marketplace.Lazada, SellerVn);

    public static ShopRef Th => new(Marketplace.Lazada, SellerTh);

    public static async Task<LazadaHarness> StartAsync(RedisServer redis, IDictionary<string, string?>? sandbox = null)
    {
        redis.Flush();
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Sandbox:Platforms:Lazada:Port"] = "0",
            ["Sandbox:Platforms:Lazada:Apps:0:AppId"] = AppKey,
            ["Sandbox:Platforms:Lazada:Apps:0:AppSecret"] = AppSecret,
            ["Sandbox:Platforms:Lazada:Shops:0:ShopId"] = SellerVn,
            ["Sandbox:Platforms:Lazada:Shops:0:Region"] = "VN",
            ["Sandbox:Platforms:Lazada:Shops:0:Name"] = "Test VN",
            ["Sandbox:Platforms:Lazada:Shops:1:ShopId"] = SellerTh,
            ["Sandbox:Platforms:Lazada:Shops:1:Region"] = "TH",
            ["Sandbox:Platforms:Lazada:Shops:1:Name"] = "Test TH",
            ["Sandbox:Platforms:Lazada:RateLimit:PermitsPerWindow"] = "100000",
            ["Sandbox:Platforms:Lazada:Webhooks:MaxAttempts"] = "3",
            ["Sandbox:Platforms:Lazada:Webhooks:FirstRetryDelayMs"] = "50",
            ["Sandbox:Platforms:Lazada:Webhooks:ReorderWindowMs"] = "150",
        };
        var host = await StartSandboxAsync("Lazada", settings, sandbox);
        return new LazadaHarness(host, redis);
    }

    /// <summary>A hub node: its own container, Redis connection and HTTP stack; shares only Redis and the token store.</summary>
    public LazadaNode Node(IDictionary<string, string?>? overrides = null)
    {
        var rest = new Uri(Host.BaseUrl("Lazada"), "/rest").ToString();
        var settings = new Dictionary<string, string?>
        {
            ["Connectors:Lazada:AppKey"] = AppKey,
            ["Connectors:Lazada:AppSecret"] = AppSecret,
            ["Connectors:Lazada:BaseUrl"] = rest,
            ["Connectors:Lazada:AuthUrl"] = rest,
            ["Connectors:Lazada:AuthorizeUrl"] = new Uri(Host.BaseUrl("Lazada"), "/oauth/authorize").ToString(),
            ["Connectors:Lazada:Region"] = "VN",
            ["Connectors:Lazada:ShopRegions:" + SellerTh] = "TH",
            ["Connectors:Lazada:Timeout"] = "00:00:02",
            ["Connectors:Lazada:ShopPermitsPerSecond"] = "1000",
            ["Connectors:Lazada:ApiPermitsPerSecond:/product/price_quantity/update"] = "1000",
            ["Connectors:Runtime:BaseDelay"] = "00:00:00.020",
            ["Connectors:Runtime:MaxDelay"] = "00:00:00.500",
            ["Connectors:Runtime:RateLimitPause"] = "00:00:00.300",
        };
        return AddNode(settings, overrides, services => services.AddLazadaConnector(), LazadaConnector.HttpClientName,
            (services, handler) => new LazadaNode(services, handler));
    }

    /// <summary>Headless consent: the sandbox issues the code a seller's click would give, the node completes the callback.</summary>
    public async Task<ShopRef> AuthorizeAsync(LazadaNode node, string sellerId)
    {
        var code = (await PostAsync("auth/code", new { shopId = sellerId, appId = AppKey })).GetProperty("code").GetString()!; // known shop: always a code
        await node.Authorization.CompleteAsync(Marketplace.Lazada, sellerId, code);
        return new ShopRef(Marketplace.Lazada, sellerId);
    }

    /// <summary>The sandbox's view of a seller's products.</summary>
    public async Task<JsonElement[]> ProductsAsync(string sellerId) =>
        [.. (await GetAsync($"shops/{sellerId}")).GetProperty("products").EnumerateArray()];

    /// <summary>The sandbox's view of a seller's orders, with their items.</summary>
    public async Task<JsonElement[]> OrdersAsync(string sellerId) =>
        [.. (await GetAsync($"shops/{sellerId}")).GetProperty("orders").EnumerateArray()];

    public static Task<PublishedListing> ListSimpleAsync(LazadaNode node, ShopRef shop, string sku, int stock = 10_000, decimal price = 150_000) =>
        node.Connector.CreateListingAsync(shop, new ProductListing
        {
            Sku = sku,
            Title = "Áo thun " + sku,
            Description = "Cotton tee",
            CategoryId = "10002",
            Price = Money.Of(price, shop.ShopId == SellerTh ? "THB" : "VND"),
            Stock = stock,
            WeightKg = 0.3m,
        });

    public static ProductListing VariantListing(string sku, int variants, string currency = "VND") => new()
    {
        Sku = sku,
        Title = "Tee " + sku,
        Description = "Cotton tee",
        CategoryId = "10002",
        Price = Money.Of(100_000, currency),
        WeightKg = 0.2m,
        VariationNames = ["size"],
        Variants = [.. Enumerable.Range(0, variants).Select(i => new Abstractions.ProductVariant($"{sku}-{i}", [$"S{i}"], Money.Of(100_000 + (i * 1000), currency), 50 + i))],
    };

}

internal sealed class LazadaNode(ServiceProvider services, RecordingHandler http)
    : ConnectorNode<LazadaConnector>(services, http, Marketplace.Lazada);
