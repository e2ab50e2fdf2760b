extern alias sandbox;

using System.Net;
using System.Text.Json;
using CommerceHub.HubApi.Tests.Infrastructure;
using CommerceHub.Testing;
using Microsoft.Extensions.Configuration;
using sandbox::CommerceHub.Sandbox.Hosting;

namespace CommerceHub.HubApi.Tests.Marketplaces;

/// <summary>
/// The hub (SQLite, its own redis-server) wired to the marketplace sandbox over real HTTP: every platform on a free port,
/// the hub's connectors configured with the sandbox apps' credentials, as the run command does on fixed ports.
/// </summary>
public sealed class MarketplaceHubFixture : IAsyncLifetime
{
    /// <summary>Platform → (app id, secret, shops as id/region), the sandbox's sample apps.</summary>
    public static readonly Dictionary<string, (string App, string Secret, (string Id, string Region)[] Shops)> Apps = new()
    {
        ["Shopee"] = ("2001887", "sandbox-shopee-partner-key", [("600001", "VN"), ("600002", "TH")]),
        ["Lazada"] = ("500101", "sandbox-lazada-app-secret", [("1000101", "VN"), ("1000102", "TH")]),
        ["TikTok"] = ("6a1b2c3d4e5f6", "sandbox-tiktok-app-secret", [("7494000000000000101", "VN"), ("7494000000000000102", "TH")]),
        ["Tiki"] = ("sandbox-tiki-client", "sandbox-tiki-client-secret", [("1000001", "VN"), ("1000002", "VN")]),
    };

    /// <summary>The sandbox's Tiki review step: a product request is decided after five steps (1.5 s).</summary>
    public const int TikiReviewStepMs = 300;

    public RedisServer Redis { get; } = new();

    public SandboxHost Sandbox { get; private set; } = null!; // Set in InitializeAsync.

    public HubFactory Factory { get; private set; } = null!; // Set in InitializeAsync.

    public async Task InitializeAsync()
    {
        var sandboxSettings = new Dictionary<string, string?>();
        foreach (var (platform, (app, secret, shops)) in Apps)
        {
            var prefix = $"Sandbox:Platforms:{platform}:";
            sandboxSettings[prefix + "Port"] = "0";
            sandboxSettings[prefix + "Apps:0:AppId"] = app;
            sandboxSettings[prefix + "Apps:0:AppSecret"] = secret;
            sandboxSettings[prefix + "RateLimit:PermitsPerWindow"] = "100000";
            for (var i = 0; i < shops.Length; i++)
            {
                sandboxSettings[$"{prefix}Shops:{i}:ShopId"] = shops[i].Id;
                sandboxSettings[$"{prefix}Shops:{i}:Region"] = shops[i].Region;
                sandboxSettings[$"{prefix}Shops:{i}:Name"] = $"{platform} {shops[i].Region} {shops[i].Id}";
            }
        }

        sandboxSettings["Sandbox:Platforms:Tiki:ReviewStepMs"] = TikiReviewStepMs.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var other in PlatformCatalog.All.Select(p => p.Name).Except(Apps.Keys))
        {
            sandboxSettings[$"Sandbox:Platforms:{other}:Enabled"] = "false";
        }

        Sandbox = new SandboxHost(new ConfigurationBuilder().AddInMemoryCollection(sandboxSettings).Build());
        await Sandbox.StartAsync();
        var hubSettings = SandboxConnectorSettings.For(Sandbox, Apps.ToDictionary(a => a.Key, a => (a.Value.App, a.Value.Secret)), "http://hub.test");
        hubSettings["Listings:Review:PollInterval"] = "00:00:00.500";
        Factory = HubFactory.OnSqlite(Redis, hubSettings);
        _ = Factory.Server;
    }

    public Task<HubClient> SignInAsync(string email) => HubClient.SignInAsync(Factory.CreateClient(), email);

    /// <summary>
    /// Connects a sandbox shop the way a merchant does: POST /api/shops, open the consent link (the sandbox's
    /// shop_id/seller_id extension stands in for the seller's click), and hand the platform's redirect to the hub.
    /// </summary>
    public static async Task<JsonElement> ConnectAsync(HubClient merchant, string marketplace, string shopId, string region)
    {
        var created = await merchant.PostAsync("/api/shops", new { marketplace, shopId, region });
        await HubClient.EnsureAsync(created, HttpStatusCode.Created);
        var shop = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        return await ConsentAsync(merchant, marketplace, shopId, shop);
    }

    /// <summary>Opens the shop's consent link as the seller would and hands the platform's redirect to the hub.</summary>
    public static async Task<JsonElement> ConsentAsync(HubClient merchant, string marketplace, string shopId, JsonElement shop)
    {
        var link = shop.GetProperty("authorizeUrl").GetString()!;
        var choose = marketplace == "lazada" ? "seller_id" : "shop_id";
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var consent = await browser.GetAsync($"{link}&{choose}={shopId}");
        Assert.Equal(HttpStatusCode.Redirect, consent.StatusCode);
        var callback = consent.Headers.Location!;
        var completed = await merchant.Http.GetAsync(callback.PathAndQuery);
        await HubClient.EnsureAsync(completed, HttpStatusCode.OK);
        return await merchant.GetAsync<JsonElement>($"/api/shops/{shop.GetProperty("id").GetGuid()}");
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Sandbox.DisposeAsync();
        Redis.Dispose();
    }
}
