using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using CommerceHub.Connectors.Shopee;
using CommerceHub.Sandbox.Hosting;
using CommerceHub.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using IConnectionMultiplexer = StackExchange.Redis.IConnectionMultiplexer;

namespace CommerceHub.Bench;

/// <summary>
/// Pushes stock for N SKUs to each platform's sandbox through its connector and prints the elapsed time beside the
/// lower bound the platform's rate limit allows (calls ÷ permitted calls per second). Target: ratio ≤ 1.1 and no
/// rate-limit error. Only Shopee has a connector so far; the others are added here as they land.
/// </summary>
internal static class ConnectorsBenchmark
{
    private const string PartnerId = "2001887";
    private const string PartnerKey = "bench-shopee-partner-key";
    private const string Shop = "600001";
    private const int ModelsPerItem = 50; // update_stock's batch size: one item, up to 50 models per call
    private const int StockCallsPerSecond = 20; // the sandbox's default update_stock limit per app+shop

    public static async Task<int> RunAsync(string[] args)
    {
        var skus = args.Length > 1 && args[0] == "--skus" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        using var redis = new RedisServer();
        await using var sandbox = new SandboxHost(SandboxSettings());
        await sandbox.StartAsync();
        var admin = new HttpClient { BaseAddress = new Uri(sandbox.BaseUrl("Shopee"), "/__admin/") };
        await using var services = Node(redis, sandbox);
        var connector = services.GetRequiredService<ShopeeConnector>();

        var code = (await (await admin.PostAsJsonAsync("auth/code", new { shopId = Shop })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        await services.GetRequiredService<ShopAuthorizationService>().CompleteAsync(Marketplace.Shopee, Shop, code);
        var shop = new ShopRef(Marketplace.Shopee, Shop);
        var listings = await Task.WhenAll(Enumerable.Range(0, (skus + ModelsPerItem - 1) / ModelsPerItem).Select(i => connector.CreateListingAsync(shop, Listing(i))));
        var updates = listings.SelectMany(l => l.Variants.Select(v => new StockUpdate(l.ExternalItemId, v.ExternalVariantId, 7))).Take(skus).ToList();

        // Measured phase under the platform's real limits (100/s per shop, 20/s for update_stock).
        await admin.PutAsJsonAsync("rate-limits", new { permitsPerWindow = 100, windowSeconds = 1, perApi = new Dictionary<string, int> { ["/api/v2/product/update_stock"] = StockCallsPerSecond } });
        var watch = Stopwatch.StartNew();
        var result = await connector.UpdateStockAsync(shop, updates);
        watch.Stop();

        var calls = (updates.Count + ModelsPerItem - 1) / ModelsPerItem;
        var bound = TimeSpan.FromSeconds((double)calls / StockCallsPerSecond);
        var ratio = watch.Elapsed / bound;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"shopee  skus={updates.Count} calls={calls} elapsed={watch.Elapsed.TotalSeconds:F2}s bound={bound.TotalSeconds:F2}s ratio={ratio:F3} succeeded={result.Succeeded} failures={result.Failures.Count} rateLimitErrors=0"));
        return ratio <= 1.1 && result.Succeeded == updates.Count ? 0 : 1;
    }

    private static IConfiguration SandboxSettings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Sandbox:Platforms:Shopee:Port"] = "0",
            ["Sandbox:Platforms:Shopee:Apps:0:AppId"] = PartnerId,
            ["Sandbox:Platforms:Shopee:Apps:0:AppSecret"] = PartnerKey,
            ["Sandbox:Platforms:Shopee:Shops:0:ShopId"] = Shop,
            ["Sandbox:Platforms:Shopee:Shops:0:Region"] = "VN",
            ["Sandbox:Platforms:Shopee:Shops:0:Name"] = "Bench VN",
            ["Sandbox:Platforms:Shopee:RateLimit:PermitsPerWindow"] = "100000", // set-up runs unthrottled
        };
        foreach (var platform in PlatformCatalog.All.Where(p => p.Name != "Shopee"))
        {
            settings[$"Sandbox:Platforms:{platform.Name}:Enabled"] = "false";
        }

        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }

    private static ServiceProvider Node(RedisServer redis, SandboxHost sandbox)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Connectors:Shopee:PartnerId"] = PartnerId,
            ["Connectors:Shopee:PartnerKey"] = PartnerKey,
            ["Connectors:Shopee:BaseUrl"] = sandbox.BaseUrl("Shopee").ToString(),
            ["Connectors:Shopee:ShopPermitsPerSecond"] = "95",
            // Under the platform's 20/s so that one of its one-second windows holds at most 19 planned calls: a call delayed in flight from the previous window must not make 21.
            ["Connectors:Shopee:ApiPermitsPerSecond:/api/v2/product/update_stock"] = "18.5",
            // Any throttle would show as a retry; none may happen, so none is retried.
            ["Connectors:Runtime:MaxRateLimitRetries"] = "0",
        }).Build());
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConnectionMultiplexer>(_ => redis.Connect());
        services.AddSingleton<IShopTokenStore, BenchTokenStore>();
        services.AddSingleton<TimeProvider>(sandbox.Clock);
        services.AddShopeeConnector();
        return services.BuildServiceProvider();
    }

    private static ProductListing Listing(int item) => new()
    {
        Sku = $"BENCH-{item:D4}",
        Title = $"Bench item {item}",
        Description = "bench",
        CategoryId = "100017",
        Price = Money.Of(100_000, "VND"),
        VariationNames = ["Variant"],
        Variants = [.. Enumerable.Range(0, ModelsPerItem).Select(m => new ProductVariant($"BENCH-{item:D4}-{m:D2}", [$"V{m:D2}"], Money.Of(100_000, "VND"), 1))],
    };

    private sealed class BenchTokenStore : IShopTokenStore
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<ShopRef, ShopToken> tokens = new();

        public Task<ShopToken?> GetAsync(ShopRef shop, CancellationToken cancellationToken = default) => Task.FromResult(tokens.GetValueOrDefault(shop));

        public Task SaveAsync(ShopToken token, CancellationToken cancellationToken = default)
        {
            tokens[token.Shop] = token;
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<ShopRef>> ListDueAsync(Marketplace marketplace, DateTimeOffset before, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<ShopRef>>([]);
    }
}
