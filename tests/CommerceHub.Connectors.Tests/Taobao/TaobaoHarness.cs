using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Taobao;
using CommerceHub.Connectors.Tests.Shared;
using CommerceHub.Sandbox.Hosting;
using CommerceHub.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.Connectors.Tests.Taobao;

/// <summary>An in-process Taobao sandbox on a free port, the shared token store and any number of hub nodes.</summary>
internal sealed class TaobaoHarness : SandboxHarness<TaobaoNode>
{
    public const string AppKey = "23456789";
    public const string AppSecret = "test-taobao-app-secret-01";
    public const string SellerA = "2200000001";
    public const string SellerB = "2200000002";
    public const string Router = "/router/rest";

    private TaobaoHarness(SandboxHost host, RedisServer redis)
        : base(host, redis, "Taobao")
    {
    }

    public static ShopRef A => new(Marketplace.Taobao, SellerA);

    public static string Calls(string method) => Router + "#" + method;

    public static async Task<TaobaoHarness> StartAsync(RedisServer redis, IDictionary<string, string?>? sandbox = null)
    {
        redis.Flush();
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Sandbox:Platforms:Taobao:Port"] = "0",
            ["Sandbox:Platforms:Taobao:Apps:0:AppId"] = AppKey,
            ["Sandbox:Platforms:Taobao:Apps:0:AppSecret"] = AppSecret,
            ["Sandbox:Platforms:Taobao:Shops:0:ShopId"] = SellerA,
            ["Sandbox:Platforms:Taobao:Shops:0:Region"] = "CN",
            ["Sandbox:Platforms:Taobao:Shops:0:Name"] = "二连浩特羊绒旗舰店",
            ["Sandbox:Platforms:Taobao:Shops:1:ShopId"] = SellerB,
            ["Sandbox:Platforms:Taobao:Shops:1:Region"] = "CN",
            ["Sandbox:Platforms:Taobao:Shops:1:Name"] = "霍尔果斯进口专营店",
            ["Sandbox:Platforms:Taobao:RateLimit:PermitsPerWindow"] = "100000",
        };
        return new TaobaoHarness(await StartSandboxAsync("Taobao", settings, sandbox), redis);
    }

    public TaobaoNode Node(IDictionary<string, string?>? overrides = null)
    {
        var baseUrl = Host.BaseUrl("Taobao");
        var settings = new Dictionary<string, string?>
        {
            ["Connectors:Taobao:AppKey"] = AppKey,
            ["Connectors:Taobao:AppSecret"] = AppSecret,
            ["Connectors:Taobao:BaseUrl"] = new Uri(baseUrl, Router).ToString(),
            ["Connectors:Taobao:TokenUrl"] = new Uri(baseUrl, "/token").ToString(),
            ["Connectors:Taobao:AuthorizeUrl"] = new Uri(baseUrl, "/authorize").ToString(),
            ["Connectors:Taobao:Timeout"] = "00:00:02",
            ["Connectors:Taobao:ShopPermitsPerSecond"] = "1000",
            ["Connectors:Runtime:BaseDelay"] = "00:00:00.020",
            ["Connectors:Runtime:MaxDelay"] = "00:00:00.500",
            ["Connectors:Runtime:RateLimitPause"] = "00:00:00.300",
        };
        return AddNode(settings, overrides, services => services.AddTaobaoConnector(), TaobaoConnector.HttpClientName,
            (services, handler) => new TaobaoNode(services, handler));
    }

    /// <summary>Headless consent: the sandbox issues the code a seller's click would give, the node completes the callback.</summary>
    public async Task<ShopRef> AuthorizeAsync(TaobaoNode node, string sellerId = SellerA)
    {
        var code = (await PostAsync("auth/code", new { shopId = sellerId, appId = AppKey })).GetProperty("code").GetString()!; // known seller
        await node.Authorization.CompleteAsync(Marketplace.Taobao, sellerId, code);
        return new ShopRef(Marketplace.Taobao, sellerId);
    }

    public async Task<JsonElement[]> ItemsAsync(string sellerId = SellerA) =>
        [.. (await GetAsync($"shops/{sellerId}")).GetProperty("items").EnumerateArray()];

    public static ProductListing Listing(string sku, decimal price = 398.50m, int stock = 20) => new()
    {
        Sku = sku,
        Title = "内蒙古羊绒围巾 灰色 " + sku,
        Description = "二连浩特口岸进口，100% 山羊绒",
        CategoryId = "50010404",
        Price = Money.Of(price, "CNY"),
        Stock = stock,
    };
}

internal sealed class TaobaoNode(ServiceProvider services, RecordingHandler http)
    : ConnectorNode<TaobaoConnector>(services, http, Marketplace.Taobao);
