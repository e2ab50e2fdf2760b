using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using CommerceHub.Connectors.Tests.Shared;
using CommerceHub.Connectors.TikTok;
using CommerceHub.Sandbox.Hosting;
using CommerceHub.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.Connectors.Tests.TikTok;

/// <summary>
/// An in-process TikTok Shop sandbox on a free port, a shared token store (the hub's database) and any number of
/// hub "nodes", each with its own service provider and Redis connection, all following the sandbox clock.
/// </summary>
internal sealed class TikTokHarness : SandboxHarness<TikTokNode>
{
    public const string AppKey = "6a1b2c3d4e5f6";
    public const string AppSecret = "test-tiktok-app-secret-0001";
    public const string ShopVn = "7494000000000000101";
    public const string ShopTh = "7494000000000000102";

    private TikTokHarness(SandboxHost host, RedisServer redis)
        : base(host, redis, "TikTok")
    {
    }

    public static ShopRef Vn => new(Marketplace.TikTokShop, ShopVn);

    public static async Task<TikTokHarness> StartAsync(RedisServer redis)
    {
        redis.Flush();
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Sandbox:Platforms:TikTok:Port"] = "0",
            ["Sandbox:Platforms:TikTok:Apps:0:AppId"] = AppKey,
            ["Sandbox:Platforms:TikTok:Apps:0:AppSecret"] = AppSecret,
            ["Sandbox:Platforms:TikTok:Shops:0:ShopId"] = ShopVn,
            ["Sandbox:Platforms:TikTok:Shops:0:Region"] = "VN",
            ["Sandbox:Platforms:TikTok:Shops:0:Name"] = "Test VN",
            ["Sandbox:Platforms:TikTok:Shops:1:ShopId"] = ShopTh,
            ["Sandbox:Platforms:TikTok:Shops:1:Region"] = "TH",
            ["Sandbox:Platforms:TikTok:Shops:1:Name"] = "Test TH",
            ["Sandbox:Platforms:TikTok:RateLimit:PermitsPerWindow"] = "100000",
            ["Sandbox:Platforms:TikTok:Webhooks:MaxAttempts"] = "3",
            ["Sandbox:Platforms:TikTok:Webhooks:FirstRetryDelayMs"] = "50",
            ["Sandbox:Platforms:TikTok:Webhooks:ReorderWindowMs"] = "150",
        };
        var host = await StartSandboxAsync("TikTok", settings, null);
        return new TikTokHarness(host, redis);
    }

    /// <summary>A hub node: its own container, Redis connection and HTTP stack; shares only Redis and the token store.</summary>
    public TikTokNode Node(IDictionary<string, string?>? overrides = null)
    {
        var baseUrl = Host.BaseUrl("TikTok").ToString();
        var settings = new Dictionary<string, string?>
        {
            ["Connectors:TikTok:AppKey"] = AppKey,
            ["Connectors:TikTok:AppSecret"] = AppSecret,
            ["Connectors:TikTok:BaseUrl"] = baseUrl,
            ["Connectors:TikTok:AuthBaseUrl"] = baseUrl,
            ["Connectors:TikTok:Timeout"] = "00:00:02",
            ["Connectors:TikTok:ApiPermitsPerSecond"] = "50",
            ["Connectors:TikTok:ShopPermitsPerSecond"] = "1000",
            ["Connectors:Runtime:BaseDelay"] = "00:00:00.020",
            ["Connectors:Runtime:MaxDelay"] = "00:00:00.500",
            ["Connectors:Runtime:RateLimitPause"] = "00:00:00.300",
        };
        return AddNode(settings, overrides, services => services.AddTikTokConnector(), TikTokConnector.HttpClientName,
            (services, handler) => new TikTokNode(services, handler));
    }

    /// <summary>Headless consent: the sandbox issues the code a seller's click would give, the node completes the callback.</summary>
    public async Task<ShopRef> AuthorizeAsync(TikTokNode node, string shopId = ShopVn)
    {
        var code = (await PostAsync("auth/code", new { shopId })).GetProperty("code").GetString()!; // the sandbox always returns a code for a known shop
        await node.Authorization.CompleteAsync(Marketplace.TikTokShop, shopId, code);
        return new ShopRef(Marketplace.TikTokShop, shopId);
    }

    public static Task<PublishedListing> ListSimpleItemAsync(TikTokNode node, ShopRef shop, string sku, int stock = 10_000) =>
        node.Connector.CreateListingAsync(shop, new ProductListing
        {
            Sku = sku,
            Title = "Áo thun " + sku,
            Description = "Cotton tee",
            CategoryId = "601226",
            Price = Money.Of(150_000, "VND"),
            Stock = stock,
            WeightKg = 0.3m,
        });

    public static ProductListing VariantListing(string sku, int variants) => new()
    {
        Sku = sku,
        Title = "Váy " + sku,
        Description = "Linen dress",
        CategoryId = "601226",
        Price = Money.Of(250_000, "VND"),
        VariationNames = ["Size"],
        Variants = [.. Enumerable.Range(1, variants).Select(i => new ProductVariant($"{sku}-{i}", [$"S{i}"], Money.Of(250_000 + (i * 1000), "VND"), i * 10))],
    };

}

internal sealed class TikTokNode(ServiceProvider services, RecordingHandler http)
    : ConnectorNode<TikTokConnector>(services, http, Marketplace.TikTokShop);
