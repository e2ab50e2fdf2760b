using System.Globalization;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Douyin;
using CommerceHub.Connectors.Tests.Shared;
using CommerceHub.Sandbox.Hosting;
using CommerceHub.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.Connectors.Tests.Douyin;

/// <summary>An in-process Douyin Shop sandbox on a free port, the shared token store and any number of hub nodes.</summary>
internal sealed class DouyinHarness : SandboxHarness<DouyinNode>
{
    public const string AppKey = "7000000000000000001";
    public const string AppSecret = "test-douyin-app-secret-0001";
    public const string ShopA = "80000001";
    public const string ShopB = "80000002";

    private DouyinHarness(SandboxHost host, RedisServer redis)
        : base(host, redis, "Douyin")
    {
    }

    public static async Task<DouyinHarness> StartAsync(RedisServer redis)
    {
        redis.Flush();
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Sandbox:Platforms:Douyin:Port"] = "0",
            ["Sandbox:Platforms:Douyin:Apps:0:AppId"] = AppKey,
            ["Sandbox:Platforms:Douyin:Apps:0:AppSecret"] = AppSecret,
            ["Sandbox:Platforms:Douyin:Shops:0:ShopId"] = ShopA,
            ["Sandbox:Platforms:Douyin:Shops:0:Region"] = "CN",
            ["Sandbox:Platforms:Douyin:Shops:0:Name"] = "抖店测试店A",
            ["Sandbox:Platforms:Douyin:Shops:1:ShopId"] = ShopB,
            ["Sandbox:Platforms:Douyin:Shops:1:Region"] = "CN",
            ["Sandbox:Platforms:Douyin:Shops:1:Name"] = "抖店测试店B",
            ["Sandbox:Platforms:Douyin:RateLimit:PermitsPerWindow"] = "100000",
            ["Sandbox:Platforms:Douyin:Webhooks:MaxAttempts"] = "3",
            ["Sandbox:Platforms:Douyin:Webhooks:FirstRetryDelayMs"] = "50",
        };
        return new DouyinHarness(await StartSandboxAsync("Douyin", settings, null), redis);
    }

    public DouyinNode Node(IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Connectors:Douyin:AppKey"] = AppKey,
            ["Connectors:Douyin:AppSecret"] = AppSecret,
            ["Connectors:Douyin:BaseUrl"] = Host.BaseUrl("Douyin").ToString(),
            ["Connectors:Douyin:Timeout"] = "00:00:02",
            ["Connectors:Douyin:ShopPermitsPerSecond"] = "1000",
            ["Connectors:Runtime:BaseDelay"] = "00:00:00.020",
            ["Connectors:Runtime:MaxDelay"] = "00:00:00.500",
            ["Connectors:Runtime:RateLimitPause"] = "00:00:00.300",
        };
        return AddNode(settings, overrides, services => services.AddDouyinConnector(), DouyinConnector.HttpClientName,
            (services, handler) => new DouyinNode(services, handler));
    }

    /// <summary>Headless consent: the sandbox issues the code a seller's click would give, the node completes the callback.</summary>
    public async Task<ShopRef> AuthorizeAsync(DouyinNode node, string shopId = ShopA)
    {
        var code = (await PostAsync("auth/code", new { shopId })).GetProperty("code").GetString()!; // the sandbox always returns a code for a known shop
        await node.Authorization.CompleteAsync(Marketplace.Douyin, shopId, code);
        return new ShopRef(Marketplace.Douyin, shopId);
    }

    /// <summary>Lists a product with SKUs in the sandbox (Douyin's product creation is not modelled); returns product and SKU ids.</summary>
    public async Task<(string ProductId, string[] SkuIds)> AddProductAsync(string shopId, string name, params (string Code, decimal Price, int Stock)[] skus)
    {
        var result = await PostAsync("douyin/products", new
        {
            shopId,
            name,
            skus = skus.Select(s => new { code = s.Code, spec = "规格:标准", price = s.Price, stock = s.Stock }),
        });
        return (result.GetProperty("productId").GetInt64().ToString(CultureInfo.InvariantCulture),
            [.. result.GetProperty("skus").EnumerateArray().Select(s => s.GetProperty("skuId").GetInt64().ToString(CultureInfo.InvariantCulture))]);
    }

    public static string Path(string method) => "/" + method.Replace('.', '/');
}

internal sealed class DouyinNode(ServiceProvider services, RecordingHandler http)
    : ConnectorNode<DouyinConnector>(services, http, Marketplace.Douyin);
