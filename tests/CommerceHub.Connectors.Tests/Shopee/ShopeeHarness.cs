using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using CommerceHub.Connectors.Shopee;
using CommerceHub.Connectors.Tests.Shared;
using CommerceHub.Sandbox.Hosting;
using CommerceHub.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CommerceHub.Connectors.Tests.Shopee;

/// <summary>
/// An in-process Shopee sandbox on a free port, a shared token store (the hub's database) and any number of hub
/// "nodes", each with its own service provider and Redis connection, all following the sandbox clock.
/// </summary>
internal sealed class ShopeeHarness : SandboxHarness<ShopeeNode>
{
    public const long PartnerId = 2001887;
    public const string PartnerKey = "test-shopee-partner-key-0001";
    public const string ShopVn = "600001";
    public const string ShopSg = "600003";

    private ShopeeHarness(SandboxHost host, RedisServer redis)
        : base(host, redis, "Shopee")
    {
    }

    public static ShopRef Vn => new(Marketplace.Shopee, ShopVn);

    public static ShopRef Sg => new(Marketplace.Shopee, ShopSg);

    public static async Task<ShopeeHarness> StartAsync(RedisServer redis, IDictionary<string, string?>? sandbox = null)
    {
        redis.Flush();
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Sandbox:Platforms:Shopee:Port"] = "0",
            ["Sandbox:Platforms:Shopee:Apps:0:AppId"] = PartnerId.ToString(CultureInfo.InvariantCulture),
            ["Sandbox:Platforms:Shopee:Apps:0:AppSecret"] = PartnerKey,
            ["Sandbox:Platforms:Shopee:Shops:0:ShopId"] = ShopVn,
            ["Sandbox:Platforms:Shopee:Shops:0:Region"] = "VN",
            ["Sandbox:Platforms:Shopee:Shops:0:Name"] = "Test VN",
            ["Sandbox:Platforms:Shopee:Shops:1:ShopId"] = ShopSg,
            ["Sandbox:Platforms:Shopee:Shops:1:Region"] = "SG",
            ["Sandbox:Platforms:Shopee:Shops:1:Name"] = "Test SG",
            ["Sandbox:Platforms:Shopee:RateLimit:PermitsPerWindow"] = "100000",
            ["Sandbox:Platforms:Shopee:Webhooks:MaxAttempts"] = "3",
            ["Sandbox:Platforms:Shopee:Webhooks:FirstRetryDelayMs"] = "50",
            ["Sandbox:Platforms:Shopee:Webhooks:ReorderWindowMs"] = "150",
        };
        var host = await StartSandboxAsync("Shopee", settings, sandbox);
        return new ShopeeHarness(host, redis);
    }

    /// <summary>A hub node: its own container, Redis connection and HTTP stack; shares only Redis and the token store.</summary>
    public ShopeeNode Node(IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Connectors:Shopee:PartnerId"] = PartnerId.ToString(CultureInfo.InvariantCulture),
            ["Connectors:Shopee:PartnerKey"] = PartnerKey,
            ["Connectors:Shopee:BaseUrl"] = Host.BaseUrl("Shopee").ToString(),
            ["Connectors:Shopee:Timeout"] = "00:00:02",
            ["Connectors:Shopee:ShopPermitsPerSecond"] = "1000",
            ["Connectors:Runtime:BaseDelay"] = "00:00:00.020",
            ["Connectors:Runtime:MaxDelay"] = "00:00:00.500",
            ["Connectors:Runtime:RateLimitPause"] = "00:00:00.300",
        };
        return AddNode(settings, overrides, services => services.AddShopeeConnector(), ShopeeConnector.HttpClientName,
            (services, handler) => new ShopeeNode(services, handler));
    }

    /// <summary>Headless consent: the sandbox issues the code a seller's click would give, the node completes the callback.</summary>
    public async Task<ShopRef> AuthorizeAsync(ShopeeNode node, string shopId)
    {
        var code = (await PostAsync("auth/code", new { shopId })).GetProperty("code").GetString()!; // the sandbox always returns a code for a known shop
        await node.Authorization.CompleteAsync(Marketplace.Shopee, shopId, code);
        return new ShopRef(Marketplace.Shopee, shopId);
    }

    /// <summary>The sandbox's view of a shop's listings: (item, models) per listing.</summary>
    public async Task<JsonElement[]> ItemsAsync(string shopId) =>
        [.. (await GetAsync($"shops/{shopId}")).GetProperty("items").EnumerateArray()];

    /// <summary>Lists one item with plenty of stock through the sandbox's admin-free path: the connector itself.</summary>
    public static Task<PublishedListing> ListSimpleItemAsync(ShopeeNode node, ShopRef shop, string sku, int stock = 10_000) =>
        node.Connector.CreateListingAsync(shop, new ProductListing
        {
            Sku = sku,
            Title = "Áo thun " + sku,
            Description = "Cotton tee",
            CategoryId = "100017",
            Price = Money.Of(150_000, "VND"),
            Stock = stock,
            WeightKg = 0.3m,
        });

}

internal sealed class ShopeeNode(ServiceProvider services, RecordingHandler http)
    : ConnectorNode<ShopeeConnector>(services, http, Marketplace.Shopee);
