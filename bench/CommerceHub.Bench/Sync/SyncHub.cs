using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.HubApi;
using CommerceHub.HubApi.Features.Merchants;
using CommerceHub.HubApi.Infrastructure.Auth;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.SampleData;
using CommerceHub.Sandbox.Hosting;
using CommerceHub.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CommerceHub.Bench.Sync;

/// <summary>
/// The hub as its Program.cs builds it, on a real Kestrel port with a temp SQLite file and its own redis-server, its
/// connectors pointed at the sandbox, and a handler counting every HTTP call it makes to each platform.
/// </summary>
internal sealed class SyncHub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _database;

    private SyncHub(WebApplication app, string database, PlatformCallCounter calls, HttpClient http)
    {
        _app = app;
        _database = database;
        Calls = calls;
        Http = http;
    }

    public IServiceProvider Services => _app.Services;

    public PlatformCallCounter Calls { get; }

    /// <summary>Signed in as the sample merchant's admin once <see cref="SignInAsync"/> ran.</summary>
    public HttpClient Http { get; }

    public Guid MerchantId { get; private set; }

    public static async Task<SyncHub> StartAsync(RedisServer redis, SandboxHost sandbox)
    {
        var port = FreePort.Next();
        var database = Path.Combine(Path.GetTempPath(), $"ch-bench-sync-{Guid.NewGuid():N}.db");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = HubProjectDirectory(), EnvironmentName = "Bench" });
        var baseUrl = $"http://127.0.0.1:{port}";
        string Url(string platform, string path = "/") => new Uri(sandbox.BaseUrl(platform), path).ToString();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Urls"] = baseUrl,
            ["Redis:ConnectionString"] = redis.ConnectionString,
            ["Database:Provider"] = nameof(DatabaseProvider.Sqlite),
            ["Database:ConnectionString"] = $"Data Source={database}",
            ["SampleData:Enabled"] = "true",
            ["SampleData:ConnectSandboxShops"] = "false",
            ["Http:PermitsPerSecond"] = "10000",
            ["Http:Burst"] = "10000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Shops:PublicBaseUrl"] = baseUrl,
            ["Connectors:Shopee:BaseUrl"] = Url("Shopee"),
            ["Connectors:Lazada:BaseUrl"] = Url("Lazada", "/rest"),
            ["Connectors:Lazada:AuthUrl"] = Url("Lazada", "/rest"),
            ["Connectors:Lazada:AuthorizeUrl"] = Url("Lazada", "/oauth/authorize"),
            ["Connectors:TikTok:BaseUrl"] = Url("TikTok"),
            ["Connectors:TikTok:AuthBaseUrl"] = Url("TikTok"),
            ["Connectors:Tiki:BaseUrl"] = Url("Tiki"),
            ["Connectors:Tiki:RedirectUri"] = $"{baseUrl}/api/shops/callback/tiki",
            ["Listings:Review:PollInterval"] = "00:00:00.500",
        });
        builder.Configuration.AddInMemoryCollection(BenchHubSettings.WithoutCustoms);
        builder.AddHub();
        var calls = new PlatformCallCounter(SyncPlatforms.All.ToDictionary(p => sandbox.BaseUrl(p.Sandbox).Port, p => p.Sandbox));
        builder.Services.ConfigureHttpClientDefaults(http => http.AddHttpMessageHandler(() => new PlatformCallCounter.Handler(calls)));

        var app = builder.Build();
        await app.Services.EnsureDatabaseAsync();
        await app.Services.SeedSampleDataAsync();
        app.UseHub();
        await app.StartAsync();
        return new SyncHub(app, database, calls, new HttpClient { BaseAddress = new Uri(baseUrl) });
    }

    public async Task SignInAsync(string merchant)
    {
        var login = await Http.PostAsJsonAsync("/api/auth/login",
            new { email = SampleDataSeeder.UserEmail(merchant, HubRole.MerchantAdmin), password = "commercehub-demo" });
        var token = await ReadAsync(login, HttpStatusCode.OK);
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        await using var scope = Services.CreateAsyncScope();
        MerchantId = await scope.ServiceProvider.GetRequiredService<HubDbContext>().Set<Merchant>().IgnoreQueryFilters()
            .Where(m => m.Code == merchant).Select(m => m.Id).SingleAsync();
    }

    /// <summary>Connects a sandbox shop as a merchant does: POST /api/shops, the consent link, the platform's redirect.</summary>
    public async Task<(Guid Id, string Channel)> ConnectShopAsync(SyncPlatform platform)
    {
        var shop = await ReadAsync(await Http.PostAsJsonAsync("/api/shops", new { marketplace = platform.Code, shopId = platform.ShopId, region = platform.Region }), HttpStatusCode.Created);
        var choose = platform.Code == "lazada" ? "seller_id" : "shop_id";
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var consent = await browser.GetAsync($"{shop.GetProperty("authorizeUrl").GetString()}&{choose}={platform.ShopId}");
        if (consent.StatusCode != HttpStatusCode.Redirect || consent.Headers.Location is not { } callback)
        {
            throw new InvalidOperationException($"{platform.Code}: the consent page answered {(int)consent.StatusCode}.");
        }

        await ReadAsync(await Http.GetAsync(callback.PathAndQuery), HttpStatusCode.OK);
        var id = shop.GetProperty("id").GetGuid();
        var connected = await ReadAsync(await Http.GetAsync($"/api/shops/{id}"), HttpStatusCode.OK);
        return (id, connected.GetProperty("channelCode").GetString()!);
    }

    /// <summary>Creates a two-variant product and returns its id and SKUs.</summary>
    public async Task<(Guid Id, string[] Skus)> CreateProductAsync(int index)
    {
        var code = $"SYNC-{index:D4}";
        string[] skus = [$"{code}-A", $"{code}-B"];
        var product = await ReadAsync(await Http.PostAsJsonAsync("/api/products", new
        {
            code,
            titles = new Dictionary<string, string> { ["zh-CN"] = "纯棉T恤", ["en"] = $"Cotton T-shirt {index}", ["vi"] = $"Áo thun cotton {index}" },
            descriptions = new Dictionary<string, string> { ["zh-CN"] = "100%纯棉。" },
            hsCode = "6109100000",
            origin = "CN",
            brand = "Youyi",
            category = "Clothing/T-shirts",
            imageUrls = new[] { "https://img.example.com/t/1.jpg" },
            variants = skus.Select((sku, i) => new
            {
                sku,
                options = new Dictionary<string, string> { ["colour"] = i == 0 ? "black" : "white" },
                priceCny = 39.90m + i,
                costCny = 18.50m,
                weightGrams = 180,
                lengthMm = 300,
                widthMm = 250,
                heightMm = 20,
                barcode = "6901234567892",
            }),
        }), HttpStatusCode.Created);
        return (product.GetProperty("id").GetGuid(), skus);
    }

    public async Task PublishAsync(IReadOnlyList<Guid> productIds, IReadOnlyList<Guid> shopIds) =>
        await ReadAsync(await Http.PostAsJsonAsync("/api/listings/publish", new { productIds, shopIds }), HttpStatusCode.Accepted);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        // Hangfire keeps its log provider in a static that would point at the disposed logger factory.
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri?.PathAndQuery}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        }

        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The hub project's folder (its appsettings.json and wwwroot), found from the build output upwards.</summary>
    private static string HubProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var hub = Path.Combine(dir.FullName, "hub-api", "CommerceHub.HubApi");
            if (File.Exists(Path.Combine(dir.FullName, "CommerceHub.sln")) && Directory.Exists(hub))
            {
                return hub;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the repository (the hub's appsettings.json is needed).");
    }
}
