extern alias sandbox;

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using sandbox::CommerceHub.Sandbox.Core.Orders;
using sandbox::CommerceHub.Sandbox.Hosting;

namespace CommerceHub.LiveConsole.Tests.EndToEnd;

/// <summary>One sandbox shop the host sells in: its platform (sandbox section), the hub's code for it and its sample app.</summary>
/// <param name="PaidStatus">The platform status a buyer's order reaches once paid (it then holds stock in the hub).</param>
public sealed record SandboxShop(string Section, string Marketplace, string ShopId, string Region, string AppId, string AppSecret, string PaidStatus)
{
    /// <summary>The hub's channel code of the shop, as the hub derives it on connecting.</summary>
    public string Channel => $"{Marketplace}-{Region.ToLowerInvariant()}-{ShopId}";
}

/// <summary>
/// The marketplace sandbox in-process, each platform on a free port, with the sample apps and one Vietnamese shop per
/// platform; pushes retried quickly so that a burst reaches the hub within the test.
/// </summary>
public sealed class MarketplaceSandbox : IAsyncDisposable
{
    public static readonly SandboxShop Shopee = new("Shopee", "shopee", "600001", "VN", "2001887", "sandbox-shopee-partner-key", "READY_TO_SHIP");

    public static readonly SandboxShop TikTok = new("TikTok", "tiktok", "7494000000000000101", "VN", "6a1b2c3d4e5f6", "sandbox-tiktok-app-secret", "AWAITING_SHIPMENT");

    public static readonly IReadOnlyList<SandboxShop> Shops = [Shopee, TikTok];

    private readonly Dictionary<string, HttpClient> _admins = new(StringComparer.Ordinal);

    private MarketplaceSandbox(SandboxHost host) => Host = host;

    public SandboxHost Host { get; }

    public static async Task<MarketplaceSandbox> StartAsync()
    {
        var settings = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" };
        foreach (var shop in Shops)
        {
            var prefix = $"Sandbox:Platforms:{shop.Section}:";
            settings[prefix + "Port"] = "0";
            settings[prefix + "Apps:0:AppId"] = shop.AppId;
            settings[prefix + "Apps:0:AppSecret"] = shop.AppSecret;
            settings[prefix + "Shops:0:ShopId"] = shop.ShopId;
            settings[prefix + "Shops:0:Region"] = shop.Region;
            settings[prefix + "Shops:0:Name"] = $"{shop.Section} {shop.Region}";
            settings[prefix + "RateLimit:PermitsPerWindow"] = "100000";
            settings[prefix + "Webhooks:MaxAttempts"] = "10";
            settings[prefix + "Webhooks:FirstRetryDelayMs"] = "200";
            settings[prefix + "Webhooks:BackoffFactor"] = "1";
        }

        foreach (var other in PlatformCatalog.All.Select(p => p.Name).Except(Shops.Select(s => s.Section)))
        {
            settings[$"Sandbox:Platforms:{other}:Enabled"] = "false";
        }

        var host = new SandboxHost(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        await host.StartAsync();
        return new MarketplaceSandbox(host);
    }

    /// <summary>The hub's connector settings for these platforms: the sandbox's addresses and the sample apps' secrets.</summary>
    public Dictionary<string, string?> HubSettings() => new()
    {
        ["Connectors:Runtime:BaseDelay"] = "00:00:00.020",
        ["Connectors:Runtime:MaxDelay"] = "00:00:00.300",
        ["Connectors:Runtime:RateLimitPause"] = "00:00:00.300",
        ["Connectors:Shopee:PartnerId"] = Shopee.AppId,
        ["Connectors:Shopee:PartnerKey"] = Shopee.AppSecret,
        ["Connectors:Shopee:ShopPermitsPerSecond"] = "1000",
        ["Connectors:Shopee:AppPermitsPerSecond"] = "1000",
        ["Connectors:Shopee:BaseUrl"] = Host.BaseUrl("Shopee").ToString(),
        ["Connectors:TikTok:AppKey"] = TikTok.AppId,
        ["Connectors:TikTok:AppSecret"] = TikTok.AppSecret,
        ["Connectors:TikTok:ShopPermitsPerSecond"] = "1000",
        ["Connectors:TikTok:BaseUrl"] = Host.BaseUrl("TikTok").ToString(),
        ["Connectors:TikTok:AuthBaseUrl"] = Host.BaseUrl("TikTok").ToString(),
    };

    /// <summary>Points the platform's pushes for the sample app at <paramref name="url"/>.</summary>
    public async Task SetWebhookAsync(SandboxShop shop, Uri url)
    {
        using var response = await Admin(shop).PutAsJsonAsync("webhook", new { url });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// A flash-sale rush: <paramref name="buyers"/> buyers at once try to buy one unit each of the item, each paying at
    /// once; the platform sells no more than the stock it shows. Returns the platform ids of the orders placed.
    /// </summary>
    public async Task<IReadOnlyList<string>> BurstAsync(SandboxShop shop, string itemId, int buyers)
    {
        using var response = await Admin(shop).PostAsJsonAsync("scenarios/orders",
            new { shopId = shop.ShopId, itemId, count = buyers, quantity = 1, advanceTo = shop.PaidStatus });
        response.EnsureSuccessStatusCode();
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. report.GetProperty("orderIds").EnumerateArray().Select(o => o.GetString()!)];
    }

    /// <summary>What the platform shows buyers for the item now (the hub's stock sync sets it).</summary>
    public int Stock(SandboxShop shop, string itemId) =>
        Host.Services(shop.Section).GetRequiredService<ISandboxMarket>().Sellable(shop.ShopId).Where(s => s.ItemId == itemId).Sum(s => s.Stock);

    private HttpClient Admin(SandboxShop shop)
    {
        if (!_admins.TryGetValue(shop.Section, out var client))
        {
            client = new HttpClient { BaseAddress = new Uri(Host.BaseUrl(shop.Section), "/__admin/"), Timeout = TimeSpan.FromSeconds(60) };
            _admins[shop.Section] = client;
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _admins.Values)
        {
            client.Dispose();
        }

        await Host.StopAsync();
        await Host.DisposeAsync();
    }
}
