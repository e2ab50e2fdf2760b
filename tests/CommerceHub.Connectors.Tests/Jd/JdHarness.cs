using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Jd;
using CommerceHub.Connectors.Tests.Shared;
using CommerceHub.Sandbox.Hosting;
using CommerceHub.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.Connectors.Tests.Jd;

/// <summary>An in-process JD sandbox on a free port, the shared token store and any number of hub nodes.</summary>
internal sealed class JdHarness : SandboxHarness<JdNode>
{
    public const string AppKey = "jd-hub-app-key";
    public const string AppSecret = "jd-hub-app-secret-0001";
    public const string VenderA = "700001";
    public const string VenderB = "700002";
    public const string Router = "/routerjson";

    private JdHarness(SandboxHost host, RedisServer redis)
        : base(host, redis, "JD")
    {
    }

    public static ShopRef A => new(Marketplace.JD, VenderA);

    public static string Calls(string method) => Router + "#" + method;

    public static async Task<JdHarness> StartAsync(RedisServer redis, IDictionary<string, string?>? sandbox = null)
    {
        redis.Flush();
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Sandbox:Platforms:JD:Port"] = "0",
            ["Sandbox:Platforms:JD:Apps:0:AppId"] = AppKey,
            ["Sandbox:Platforms:JD:Apps:0:AppSecret"] = AppSecret,
            ["Sandbox:Platforms:JD:Shops:0:ShopId"] = VenderA,
            ["Sandbox:Platforms:JD:Shops:0:Region"] = "CN",
            ["Sandbox:Platforms:JD:Shops:0:Name"] = "满洲里俄罗斯食品专营店",
            ["Sandbox:Platforms:JD:Shops:1:ShopId"] = VenderB,
            ["Sandbox:Platforms:JD:Shops:1:Region"] = "CN",
            ["Sandbox:Platforms:JD:Shops:1:Name"] = "白俄罗斯奶粉旗舰店",
            ["Sandbox:Platforms:JD:RateLimit:PermitsPerWindow"] = "100000",
        };
        return new JdHarness(await StartSandboxAsync("JD", settings, sandbox), redis);
    }

    public JdNode Node(IDictionary<string, string?>? overrides = null)
    {
        var baseUrl = Host.BaseUrl("JD");
        var settings = new Dictionary<string, string?>
        {
            ["Connectors:JD:AppKey"] = AppKey,
            ["Connectors:JD:AppSecret"] = AppSecret,
            ["Connectors:JD:BaseUrl"] = new Uri(baseUrl, Router).ToString(),
            ["Connectors:JD:OAuthUrl"] = baseUrl.ToString(),
            ["Connectors:JD:AuthorizeUrl"] = new Uri(baseUrl, "/oauth2/to_login").ToString(),
            ["Connectors:JD:Timeout"] = "00:00:02",
            ["Connectors:JD:ShopPermitsPerSecond"] = "1000",
            ["Connectors:Runtime:BaseDelay"] = "00:00:00.020",
            ["Connectors:Runtime:MaxDelay"] = "00:00:00.500",
            ["Connectors:Runtime:RateLimitPause"] = "00:00:00.300",
        };
        return AddNode(settings, overrides, services => services.AddJdConnector(), JdConnector.HttpClientName,
            (services, handler) => new JdNode(services, handler));
    }

    public async Task<ShopRef> AuthorizeAsync(JdNode node, string venderId = VenderA)
    {
        var code = (await PostAsync("auth/code", new { shopId = venderId, appId = AppKey })).GetProperty("code").GetString()!; // known vender
        await node.Authorization.CompleteAsync(Marketplace.JD, venderId, code);
        return new ShopRef(Marketplace.JD, venderId);
    }

    /// <summary>Lists a SKU in the sandbox (JD's ware creation is not modelled); returns (wareId, skuId).</summary>
    public async Task<(string WareId, string SkuId)> AddSkuAsync(string name = "俄罗斯巧克力 榛子味 200克", decimal price = 39.90m, int stock = 50, string venderId = VenderA, string? outerSkuId = null)
    {
        var sku = await PostAsync("jd/skus", new { shopId = venderId, name, price, stock, outerSkuId });
        return (sku.GetProperty("wareId").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
            sku.GetProperty("skuId").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task<JsonElement[]> SkusAsync(string venderId = VenderA) =>
        [.. (await GetAsync($"shops/{venderId}")).GetProperty("skus").EnumerateArray()];
}

internal sealed class JdNode(ServiceProvider services, RecordingHandler http)
    : ConnectorNode<JdConnector>(services, http, Marketplace.JD);
