extern alias sandbox;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Tests.Infrastructure;
using CommerceHub.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using sandbox::CommerceHub.Sandbox.Hosting;

namespace CommerceHub.HubApi.Tests.Orders;

/// <summary>
/// A Shopee sandbox in-process on a free port and a hub on Kestrel (so the sandbox can push to it) on its own
/// redis-server and SQLite file. The hub host can be disposed and started again on the same database and Redis, and
/// more hosts (nodes) can share them.
/// </summary>
public class OrdersHub : IAsyncLifetime
{
    public const long PartnerId = 2001887;
    public const string PartnerKey = "test-shopee-partner-key-0001";
    public const string ShopVn = "600001";

    private readonly string database = Path.Combine(Path.GetTempPath(), $"ch-orders-{Guid.NewGuid():N}.db");

    public RedisServer Redis { get; } = new();

    public SandboxHost Sandbox { get; private set; } = null!; // Set in InitializeAsync.

    public HttpClient SandboxAdmin { get; private set; } = null!; // Set in InitializeAsync.

    public HubFactory Factory { get; private set; } = null!; // Set in InitializeAsync.

    public HubClient Admin { get; private set; } = null!; // Set in InitializeAsync.

    public int Port { get; } = FreePort.Next();

    public ShopRef Shop { get; } = new(Marketplace.Shopee, ShopVn);

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Sandbox:Platforms:Shopee:Port"] = "0",
            ["Sandbox:Platforms:Shopee:Apps:0:AppId"] = PartnerId.ToString(CultureInfo.InvariantCulture),
            ["Sandbox:Platforms:Shopee:Apps:0:AppSecret"] = PartnerKey,
            ["Sandbox:Platforms:Shopee:Shops:0:ShopId"] = ShopVn,
            ["Sandbox:Platforms:Shopee:Shops:0:Region"] = "VN",
            ["Sandbox:Platforms:Shopee:Shops:0:Name"] = "Test VN",
            ["Sandbox:Platforms:Shopee:RateLimit:PermitsPerWindow"] = "100000",
            ["Sandbox:Platforms:Shopee:Webhooks:MaxAttempts"] = "3",
            ["Sandbox:Platforms:Shopee:Webhooks:FirstRetryDelayMs"] = "50",
            ["Sandbox:Platforms:Shopee:Webhooks:ReorderWindowMs"] = "150",
        };
        foreach (var other in PlatformCatalog.All.Where(p => p.Name != "Shopee"))
        {
            settings[$"Sandbox:Platforms:{other.Name}:Enabled"] = "false";
        }

        Sandbox = new SandboxHost(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        await Sandbox.StartAsync();
        SandboxAdmin = new HttpClient { BaseAddress = new Uri(Sandbox.BaseUrl("Shopee"), "/__admin/"), Timeout = TimeSpan.FromSeconds(60) };
        await StartHubAsync();
        await ConnectShopAsync();
        await SandboxPutAsync("webhook", new { url = $"http://127.0.0.1:{Port}/api/webhooks/shopee" });
    }

    /// <summary>Starts a hub host on the same port, database and Redis (the first one, or after <see cref="StopHubAsync"/>).</summary>
    public async Task StartHubAsync()
    {
        Factory = NewHost();
        Factory.UseKestrel(Port);
        Factory.StartServer();
        Admin = await HubClient.SignInAsync(Factory.CreateClient(), HubClient.Admin());
    }

    /// <summary>A host on the same database, Redis and sandbox (another node); the caller starts and disposes it.</summary>
    public HubFactory NewHost()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = $"http://127.0.0.1:{Port}",
            ["Shops:PublicBaseUrl"] = $"http://127.0.0.1:{Port}",
            ["Connectors:Shopee:PartnerId"] = PartnerId.ToString(CultureInfo.InvariantCulture),
            ["Connectors:Shopee:PartnerKey"] = PartnerKey,
            ["Connectors:Shopee:BaseUrl"] = Sandbox.BaseUrl("Shopee").ToString(),
            ["Connectors:Shopee:Timeout"] = "00:00:05",
            ["Connectors:Shopee:ShopPermitsPerSecond"] = "1000",
            ["Connectors:Shopee:AppPermitsPerSecond"] = "1000",
            ["Connectors:Runtime:BaseDelay"] = "00:00:00.020",
            ["Connectors:Runtime:MaxDelay"] = "00:00:00.500",
        };
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }

        return new HubFactory(Redis.ConnectionString, DatabaseProvider.Sqlite, $"Data Source={database}", settings);
    }

    /// <summary>Settings a derived fixture adds to every host.</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    public async Task StopHubAsync() => await Factory.DisposeAsync();

    public T Service<T>(Marketplace key)
        where T : notnull => Factory.Services.GetRequiredKeyedService<T>(key);

    /// <summary>Connects the sandbox shop through the hub's own endpoints: create, then the consent callback with a sandbox code.</summary>
    private async Task ConnectShopAsync()
    {
        var created = await Admin.PostAsync("/api/shops", new { marketplace = "shopee", shopId = ShopVn, region = "VN", name = "Test VN" });
        await HubClient.EnsureAsync(created, HttpStatusCode.Created);
        var authorizeUrl = new Uri((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("authorizeUrl").GetString()!); // pending shops carry a link
        var redirect = new Uri(QueryHelpers.ParseQuery(authorizeUrl.Query)["redirect"].ToString());
        var state = QueryHelpers.ParseQuery(redirect.Query)["state"].ToString();
        var code = (await SandboxPostAsync("auth/code", new { shopId = ShopVn })).GetProperty("code").GetString();
        var callback = await Admin.Http.GetAsync($"/api/shops/callback/shopee?code={code}&shop_id={ShopVn}&state={Uri.EscapeDataString(state)}");
        await HubClient.EnsureAsync(callback, HttpStatusCode.OK);
    }

    /// <summary>A fresh catalog SKU with stock in the ledger, listed in the sandbox shop; returns the SKU and the platform item id.</summary>
    public async Task<(string Sku, string ItemId)> ListedSkuAsync(long ledgerStock, int platformStock = 10_000)
    {
        var sku = await Stock.StockSteps.NewSkuAsync(Admin);
        if (ledgerStock > 0)
        {
            await Stock.StockSteps.ReceiveAsync(Admin, sku, ledgerStock);
        }

        var published = await Service<ICatalogPublisher>(Marketplace.Shopee).CreateListingAsync(Shop, new ProductListing
        {
            Sku = sku, Title = "Áo thun " + sku, Description = "Cotton tee", CategoryId = "100017",
            Price = Money.Of(150_000, "VND"), Stock = platformStock, WeightKg = 0.3m,
        });
        return (sku, published.ExternalItemId);
    }

    /// <summary>Buyers place orders in the sandbox (one request, orders placed in parallel); returns their platform ids.</summary>
    public async Task<IReadOnlyList<string>> PlaceOrdersAsync(string itemId, int count, string? advanceTo = "READY_TO_SHIP", int quantity = 1)
    {
        var report = await SandboxPostAsync("scenarios/orders", new { shopId = ShopVn, itemId, count, quantity, advanceTo });
        return [.. report.GetProperty("orderIds").EnumerateArray().Select(o => o.GetString()!)];
    }

    public Task MoveOrderAsync(string orderId, string status) => SandboxPostAsync($"orders/{orderId}/status", new { shopId = ShopVn, status });

    public async Task<JsonElement> SandboxPostAsync(string path, object body)
    {
        using var response = await SandboxAdmin.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task SandboxPutAsync(string path, object body)
    {
        using var response = await SandboxAdmin.PutAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The hub's orders for one SKU, polled until <paramref name="done"/> holds or 20 s pass; returns the last answer.</summary>
    public async Task<List<JsonElement>> OrdersForAsync(string sku, Func<List<JsonElement>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var page = await Admin.GetAsync<JsonElement>($"/api/orders?sku={sku}&pageSize=200");
            var orders = page.GetProperty("items").EnumerateArray().ToList();
            if (done(orders) || DateTime.UtcNow > deadline)
            {
                return orders;
            }

            await Task.Delay(100);
        }
    }

    public async Task DisposeAsync()
    {
        try
        {
            await Factory.DisposeAsync();
            SandboxAdmin.Dispose();
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
