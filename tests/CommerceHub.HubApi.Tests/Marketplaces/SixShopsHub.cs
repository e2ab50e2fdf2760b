extern alias sandbox;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.HubApi.Features.Orders;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Tests.Infrastructure;
using CommerceHub.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using sandbox::CommerceHub.Sandbox.Core.Orders;
using sandbox::CommerceHub.Sandbox.Hosting;

namespace CommerceHub.HubApi.Tests.Marketplaces;

/// <summary>One sandbox shop as the tests drive it: its platform, the sandbox's status for a paid order, and its push path.</summary>
public sealed record SandboxShop(string Platform, Marketplace Marketplace, string Code, string ShopId, string Region, string PaidStatus)
{
    public ShopRef Ref => new(Marketplace, ShopId);

    public override string ToString() => $"{Platform} {Region} {ShopId}";
}

/// <summary>
/// Six shops on four platforms (Shopee VN + TH, Lazada VN + TH, TikTok Shop VN, Taobao) in the sandbox, and a hub on
/// Kestrel (so the sandbox can push to it) with its own redis-server and SQLite file, every shop connected through the
/// hub's consent flow and every pushing platform's webhook pointed at the hub.
/// </summary>
public sealed class SixShopsHub : IAsyncLifetime
{
    public static readonly SandboxShop[] Shops =
    [
        new("Shopee", Marketplace.Shopee, "shopee", "600001", "VN", "READY_TO_SHIP"),
        new("Shopee", Marketplace.Shopee, "shopee", "600002", "TH", "READY_TO_SHIP"),
        new("Lazada", Marketplace.Lazada, "lazada", "1000101", "VN", "pending"),
        new("Lazada", Marketplace.Lazada, "lazada", "1000102", "TH", "pending"),
        new("TikTok", Marketplace.TikTokShop, "tiktok", "7494000000000000101", "VN", "AWAITING_SHIPMENT"),
        new("Taobao", Marketplace.Taobao, "taobao", "2200000001", "CN", "WAIT_SELLER_SEND_GOODS"),
    ];

    private static readonly Dictionary<string, (string App, string Secret)> Apps = new()
    {
        ["Shopee"] = ("2001887", "sandbox-shopee-partner-key"),
        ["Lazada"] = ("500101", "sandbox-lazada-app-secret"),
        ["TikTok"] = ("6a1b2c3d4e5f6", "sandbox-tiktok-app-secret"),
        ["Taobao"] = ("12345678", "sandbox-taobao-app-secret"),
    };

    private readonly string database = Path.Combine(Path.GetTempPath(), $"ch-six-shops-{Guid.NewGuid():N}.db");
    private readonly Dictionary<string, HttpClient> sandboxAdmins = [];

    public RedisServer Redis { get; } = new();

    public SandboxHost Sandbox { get; private set; } = null!; // Set in InitializeAsync.

    public HubFactory Factory { get; private set; } = null!; // Set in InitializeAsync.

    public HubClient Admin { get; private set; } = null!; // Set in InitializeAsync.

    public int Port { get; } = FreePort.Next();

    /// <summary>Shop (hub connection) ids by platform shop id.</summary>
    public Dictionary<string, Guid> Connections { get; } = [];

    public async Task InitializeAsync()
    {
        Sandbox = new SandboxHost(new ConfigurationBuilder().AddInMemoryCollection(SandboxSettings()).Build());
        await Sandbox.StartAsync();
        foreach (var platform in Apps.Keys)
        {
            sandboxAdmins[platform] = new HttpClient { BaseAddress = new Uri(Sandbox.BaseUrl(platform), "/__admin/"), Timeout = TimeSpan.FromSeconds(60) };
        }

        Factory = new HubFactory(Redis.ConnectionString, DatabaseProvider.Sqlite, $"Data Source={database}", HubSettings());
        Factory.UseKestrel(Port);
        Factory.StartServer();
        Admin = await HubClient.SignInAsync(Factory.CreateClient(), HubClient.Admin());
        foreach (var shop in Shops)
        {
            Connections[shop.ShopId] = await ConnectAsync(shop);
        }

        foreach (var platform in Shops.Select(s => s.Platform).Distinct())
        {
            var code = Shops.First(s => s.Platform == platform).Code;
            using var response = await sandboxAdmins[platform].PutAsJsonAsync("webhook", new { url = $"http://127.0.0.1:{Port}/api/webhooks/{code}" });
            response.EnsureSuccessStatusCode();
        }
    }

    private static Dictionary<string, string?> SandboxSettings()
    {
        var settings = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" };
        foreach (var (platform, (app, secret)) in Apps)
        {
            var prefix = $"Sandbox:Platforms:{platform}:";
            settings[prefix + "Port"] = "0";
            settings[prefix + "Apps:0:AppId"] = app;
            settings[prefix + "Apps:0:AppSecret"] = secret;
            settings[prefix + "RateLimit:PermitsPerWindow"] = "100000";
            settings[prefix + "RateLimit:PerApi:/product/price_quantity/update"] = "100000";
            // A push the hub missed is sent again soon (the platforms' own retry delays run to hours).
            settings[prefix + "Webhooks:MaxAttempts"] = "5";
            settings[prefix + "Webhooks:FirstRetryDelayMs"] = "200";
            settings[prefix + "Webhooks:BackoffFactor"] = "2";
            var shops = Shops.Where(s => s.Platform == platform).ToList();
            for (var i = 0; i < shops.Count; i++)
            {
                settings[$"{prefix}Shops:{i}:ShopId"] = shops[i].ShopId;
                settings[$"{prefix}Shops:{i}:Region"] = shops[i].Region;
                settings[$"{prefix}Shops:{i}:Name"] = shops[i].ToString();
            }
        }

        foreach (var other in PlatformCatalog.All.Select(p => p.Name).Except(Apps.Keys))
        {
            settings[$"Sandbox:Platforms:{other}:Enabled"] = "false";
        }

        return settings;
    }

    private Dictionary<string, string?> HubSettings()
    {
        var settings = SandboxConnectorSettings.For(Sandbox, Apps, $"http://127.0.0.1:{Port}");
        settings["Urls"] = $"http://127.0.0.1:{Port}";
        return settings;
    }

    /// <summary>
    /// POST /api/shops, then the platform's consent: the sandbox's consent page where it has one, else a code from the
    /// sandbox (Taobao's consent page is not modelled) handed to the hub's callback with the state of the hub's link.
    /// </summary>
    private async Task<Guid> ConnectAsync(SandboxShop shop)
    {
        var created = await Admin.PostAsync("/api/shops", new { marketplace = shop.Code, shopId = shop.ShopId, region = shop.Region });
        await HubClient.EnsureAsync(created, HttpStatusCode.Created);
        var view = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        if (shop.Marketplace != Marketplace.Taobao)
        {
            var connected = await MarketplaceHubFixture.ConsentAsync(Admin, shop.Code, shop.ShopId, view);
            Assert.Equal("active", connected.GetProperty("status").GetString());
            return connected.GetProperty("id").GetGuid();
        }

        var link = new Uri(view.GetProperty("authorizeUrl").GetString()!);
        var state = QueryHelpers.ParseQuery(link.Query)["state"].ToString();
        var code = (await SandboxPostAsync(shop.Platform, "auth/code", new { shopId = shop.ShopId, appId = Apps[shop.Platform].App }))
            .GetProperty("code").GetString();
        var callback = await Admin.Http.GetAsync($"/api/shops/callback/{shop.Code}?code={code}&state={Uri.EscapeDataString(state)}");
        await HubClient.EnsureAsync(callback, HttpStatusCode.OK);
        return view.GetProperty("id").GetGuid();
    }

    /// <summary>A product of one SKU without options: what every platform, Taobao's single-SKU items included, can list.</summary>
    public static Dictionary<string, object?> SingleSkuProduct(string code)
    {
        var body = Products.Valid(code, code + "-1");
        ((List<Dictionary<string, object?>>)body["variants"]!)[0]["options"] = new Dictionary<string, string>();
        return body;
    }

    /// <summary>A fresh single-SKU product with ledger stock, published by the hub to the shop; returns its SKU and the settled listing.</summary>
    public async Task<(string Sku, JsonElement Listing)> PublishNewSkuAsync(SandboxShop shop, long ledgerStock)
    {
        var code = Products.Unique("P");
        var product = await CatalogSteps.CreateAsync(Admin, SingleSkuProduct(code));
        var sku = code + "-1";
        await Stock.StockSteps.ReceiveAsync(Admin, sku, ledgerStock);
        var productId = product.GetProperty("id").GetGuid();
        var response = await Admin.PostAsync("/api/listings/publish", new { productIds = new[] { productId }, shopIds = new[] { Connections[shop.ShopId] } });
        await HubClient.EnsureAsync(response, HttpStatusCode.Accepted);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var listing = (await Admin.GetAsync<JsonElement>($"/api/listings?productId={productId}")).GetProperty("items").EnumerateArray().SingleOrDefault();
            if (listing.ValueKind == JsonValueKind.Object && listing.GetProperty("state").GetString() is "Live" or "Rejected")
            {
                return (sku, listing);
            }

            Assert.True(DateTime.UtcNow < deadline, $"The listing on {shop} did not settle within 30 s.");
            await Task.Delay(100);
        }
    }

    /// <summary>What buyers can buy in a shop right now, per platform item: the view the sandbox's order driver places orders against.</summary>
    public IReadOnlyList<SellableSku> Sellable(SandboxShop shop) =>
        Sandbox.Services(shop.Platform).GetRequiredService<ISandboxMarket>().Sellable(shop.ShopId);

    /// <summary>Starts a buyers' scenario in the sandbox and returns its id at once (the orders are placed in the background).</summary>
    public async Task<string> StartScenarioAsync(SandboxShop shop, string itemId, int count, double perSecond)
    {
        using var response = await sandboxAdmins[shop.Platform].PostAsJsonAsync("scenarios/orders?wait=false",
            new { shopId = shop.ShopId, itemId, count, perSecond, quantity = 1, advanceTo = shop.PaidStatus });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public async Task<JsonElement> ScenarioAsync(SandboxShop shop, string id) =>
        await sandboxAdmins[shop.Platform].GetFromJsonAsync<JsonElement>($"scenarios/{id}");

    /// <summary>Buyers place orders of one item and the sandbox advances each to paid; returns when all exist, with their ids.</summary>
    public async Task<IReadOnlyList<string>> PlaceOrdersAsync(SandboxShop shop, string itemId, int count)
    {
        var report = await SandboxPostAsync(shop.Platform, "scenarios/orders",
            new { shopId = shop.ShopId, itemId, count, quantity = 1, advanceTo = shop.PaidStatus });
        return [.. report.GetProperty("orderIds").EnumerateArray().Select(o => o.GetString()!)];
    }

    public async Task<JsonElement> SandboxPostAsync(string platform, string path, object body)
    {
        using var response = await sandboxAdmins[platform].PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task SandboxPutAsync(string platform, string path, object body)
    {
        using var response = await sandboxAdmins[platform].PutAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>One run of a shop's incremental poll, as the recurring job runs it (the hub's schedule is once a minute).</summary>
    public async Task<int> PollAsync(SandboxShop shop)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrderPolling>().PollShopAsync(shop.Marketplace, shop.ShopId, CancellationToken.None);
    }

    /// <summary>The hub's order rows of one shop for the given SKUs, straight from the database (every row, duplicates included).</summary>
    public async Task<List<Order>> OrderRowsAsync(SandboxShop shop, IReadOnlyCollection<string> skus)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var rows = await db.Set<Order>().IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.Marketplace == shop.Marketplace && o.ShopId == shop.ShopId).ToListAsync();
        return [.. rows.Where(o => o.Lines.Any(l => skus.Contains(l.Sku)))];
    }

    public async Task DisposeAsync()
    {
        try
        {
            await Factory.DisposeAsync();
            foreach (var client in sandboxAdmins.Values)
            {
                client.Dispose();
            }

            await Sandbox.StopAsync();
            await Sandbox.DisposeAsync();
        }
        finally
        {
            // Whatever failed above, the redis-server process must not outlive the tests.
            Redis.Dispose();
            File.Delete(database);
        }
    }
}
