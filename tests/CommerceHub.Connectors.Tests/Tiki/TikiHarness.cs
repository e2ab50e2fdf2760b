using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using CommerceHub.Connectors.Tests.Shared;
using CommerceHub.Connectors.Tiki;
using CommerceHub.Sandbox.Hosting;
using CommerceHub.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using ProductVariant = CommerceHub.Connectors.Abstractions.ProductVariant;

namespace CommerceHub.Connectors.Tests.Tiki;

/// <summary>
/// An in-process Tiki sandbox on a free port, a shared token store (the hub's database) and any number of hub
/// "nodes", each with its own service provider and Redis connection, all following the sandbox clock.
/// </summary>
internal sealed class TikiHarness : SandboxHarness<TikiNode>
{
    public const string ClientId = "test-tiki-client";
    public const string ClientSecret = "test-tiki-client-secret";
    public const string SellerA = "1000001";
    public const string SellerB = "1000002";

    /// <summary>Sandbox clock a product request needs to pass review (five states of 30 s each).</summary>
    public static readonly TimeSpan ReviewTime = TimeSpan.FromSeconds(181);

    private TikiHarness(SandboxHost host, RedisServer redis)
        : base(host, redis, "Tiki")
    {
    }

    public static ShopRef A => new(Marketplace.Tiki, SellerA);

    public static ShopRef B => new(Marketplace.Tiki, SellerB);

    public static async Task<TikiHarness> StartAsync(RedisServer redis)
    {
        redis.Flush();
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Sandbox:Platforms:Tiki:Port"] = "0",
            ["Sandbox:Platforms:Tiki:Apps:0:AppId"] = ClientId,
            ["Sandbox:Platforms:Tiki:Apps:0:AppSecret"] = ClientSecret,
            ["Sandbox:Platforms:Tiki:Shops:0:ShopId"] = SellerA,
            ["Sandbox:Platforms:Tiki:Shops:0:Region"] = "VN",
            ["Sandbox:Platforms:Tiki:Shops:0:Name"] = "Test Tiki A",
            ["Sandbox:Platforms:Tiki:Shops:1:ShopId"] = SellerB,
            ["Sandbox:Platforms:Tiki:Shops:1:Region"] = "VN",
            ["Sandbox:Platforms:Tiki:Shops:1:Name"] = "Test Tiki B",
            ["Sandbox:Platforms:Tiki:RateLimit:PermitsPerWindow"] = "100000",
        };
        var host = await StartSandboxAsync("Tiki", settings, null);
        return new TikiHarness(host, redis);
    }

    /// <summary>A hub node: its own container, Redis connection and HTTP stack; shares only Redis and the token store.</summary>
    public TikiNode Node(IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Connectors:Tiki:ClientId"] = ClientId,
            ["Connectors:Tiki:ClientSecret"] = ClientSecret,
            ["Connectors:Tiki:BaseUrl"] = Host.BaseUrl("Tiki").ToString(),
            ["Connectors:Tiki:Timeout"] = "00:00:02",
            ["Connectors:Tiki:ShopPermitsPerSecond"] = "1000",
            ["Connectors:Runtime:BaseDelay"] = "00:00:00.020",
            ["Connectors:Runtime:MaxDelay"] = "00:00:00.300",
            ["Connectors:Runtime:RateLimitPause"] = "00:00:00.300",
        };
        return AddNode(settings, overrides, services => services.AddTikiConnector(), TikiConnector.HttpClientName,
            (services, handler) => new TikiNode(services, handler));
    }

    /// <summary>Headless consent: the sandbox issues the code a seller's click would give, the node completes the callback.</summary>
    public async Task<ShopRef> AuthorizeAsync(TikiNode node, string sellerId)
    {
        var code = (await PostAsync("auth/code", new { shopId = sellerId })).GetProperty("code").GetString()!; // always issued for a known seller
        await node.Authorization.CompleteAsync(Marketplace.Tiki, sellerId, code);
        return new ShopRef(Marketplace.Tiki, sellerId);
    }

    /// <summary>Requests a product with <paramref name="variants"/> SKUs and lets review pass; returns the product id per SKU.</summary>
    public async Task<IReadOnlyList<PublishedVariant>> SeedProductsAsync(TikiNode node, ShopRef shop, string sku, int variants, int stock = 1_000)
    {
        var request = await node.Connector.RequestProductAsync(shop, Listing(sku, variants, stock));
        Host.Clock.Advance(ReviewTime);
        var done = await node.Connector.GetProductRequestAsync(shop, request.TrackId);
        Assert.True(done.Approved, $"request {done.TrackId} is {done.State}");
        return done.Products;
    }

    public static ProductListing Listing(string sku, int variants, int stock = 1_000, decimal price = 150_000) => new()
    {
        Sku = sku,
        Title = "Áo thun " + sku,
        Description = "Cotton tee",
        CategoryId = "8322",
        Price = Money.Of(price, "VND"),
        Stock = stock,
        VariationNames = variants > 0 ? ["Size"] : [],
        Variants = [.. Enumerable.Range(1, variants).Select(i => new ProductVariant($"{sku}-{i}", [$"S{i}"], Money.Of(price, "VND"), stock))],
    };

    /// <summary>The sandbox's view of a seller's products (with inventory).</summary>
    public async Task<JsonElement[]> ProductsAsync(string sellerId) =>
        [.. (await GetAsync($"shops/{sellerId}")).GetProperty("products").EnumerateArray()];

}

internal sealed class TikiNode(ServiceProvider services, RecordingHandler http)
    : ConnectorNode<TikiConnector>(services, http, Marketplace.Tiki);
