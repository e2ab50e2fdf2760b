using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using CommerceHub.Sandbox.Hosting;
using CommerceHub.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using IConnectionMultiplexer = StackExchange.Redis.IConnectionMultiplexer;

namespace CommerceHub.Bench.Connectors;

/// <summary>
/// Pushes stock for N SKUs to each platform's sandbox through its connector and prints the elapsed time beside the
/// lower bound the platform's rate limit allows (calls at the platform's batch size ÷ permitted calls per second).
/// Target: ratio ≤ 1.1 and no rate-limit error. Rate-limit retries are off, so one throttled call fails the run.
/// </summary>
internal static class ConnectorsBenchmark
{
    private static readonly StockBench[] Platforms = [new ShopeeStockBench(), new LazadaStockBench(), new TikTokStockBench(), new TikiStockBench()];

    public static async Task<int> RunAsync(string[] args)
    {
        if (!TryParse(args, out var skus, out var selected))
        {
            Console.Error.WriteLine($"usage: connectors [--platform {string.Join('|', Platforms.Select(p => p.Name))}|all] [--skus N]");
            return 2;
        }

        using var redis = new RedisServer();
        await using var sandbox = new SandboxHost(SandboxSettings(selected));
        await sandbox.StartAsync();
        var ok = true;
        foreach (var platform in selected)
        {
            redis.Flush();
            ok &= await RunAsync(platform, skus, redis, sandbox);
        }

        return ok ? 0 : 1;
    }

    private static async Task<bool> RunAsync(StockBench platform, int skus, RedisServer redis, SandboxHost sandbox)
    {
        using var admin = new HttpClient { BaseAddress = new Uri(sandbox.BaseUrl(platform.Sandbox), "/__admin/") };
        await using var services = Node(redis, sandbox, platform);
        var code = (await (await admin.PostAsJsonAsync("auth/code", new { shopId = platform.ShopId })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        await services.GetRequiredService<ShopAuthorizationService>().CompleteAsync(platform.Marketplace, platform.ShopId, code);
        var shop = new ShopRef(platform.Marketplace, platform.ShopId);
        var updates = await platform.SeedAsync(services, shop, skus, sandbox);
        await platform.WarmUpAsync(services, shop, updates);

        // Measured phase under the platform's limits; the wait lets the set-up's calls leave the platform's window.
        (await admin.PutAsJsonAsync("rate-limits", platform.MeasuredLimits)).EnsureSuccessStatusCode();
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var sink = services.GetRequiredKeyedService<IInventorySink>(platform.Marketplace);
        var watch = Stopwatch.StartNew();
        BatchResult? result = null;
        var throttled = 0;
        try
        {
            result = await sink.UpdateStockAsync(shop, updates);
        }
        catch (MarketplaceRateLimitedException)
        {
            throttled = 1;
        }

        watch.Stop();
        var calls = platform.Calls(updates);
        var bound = TimeSpan.FromSeconds((double)calls / platform.StockCallsPerSecond);
        var ratio = watch.Elapsed / bound;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{platform.Name,-7} skus={updates.Count} batch={platform.SkusPerCall} calls={calls} limit={platform.StockCallsPerSecond}/s elapsed={watch.Elapsed.TotalSeconds:F2}s bound={bound.TotalSeconds:F2}s ratio={ratio:F3} succeeded={result?.Succeeded ?? 0} failures={result?.Failures.Count ?? 0} rateLimitErrors={throttled}"));
        return ratio <= 1.1 && throttled == 0 && result?.Succeeded == updates.Count;
    }

    private static bool TryParse(string[] args, out int skus, out IReadOnlyList<StockBench> selected)
    {
        skus = 10_000;
        selected = Platforms;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--skus" when int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                    skus = n;
                    break;
                case "--platform" when args[i + 1] == "all":
                    selected = Platforms;
                    break;
                case "--platform" when Platforms.FirstOrDefault(p => p.Name == args[i + 1]) is { } one:
                    selected = [one];
                    break;
                default:
                    return false;
            }
        }

        return args.Length % 2 == 0;
    }

    private static IConfiguration SandboxSettings(IReadOnlyList<StockBench> selected)
    {
        var settings = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" };
        foreach (var platform in PlatformCatalog.All)
        {
            if (selected.FirstOrDefault(p => p.Sandbox == platform.Name) is { } bench)
            {
                settings[$"Sandbox:Platforms:{platform.Name}:Port"] = "0";
                settings[$"Sandbox:Platforms:{platform.Name}:RateLimit:PermitsPerWindow"] = "100000"; // set-up runs unthrottled
                bench.AddSandboxSettings(settings);
            }
            else
            {
                settings[$"Sandbox:Platforms:{platform.Name}:Enabled"] = "false";
            }
        }

        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }

    private static ServiceProvider Node(RedisServer redis, SandboxHost sandbox, StockBench platform)
    {
        var settings = platform.ConnectorSettings(sandbox);
        settings["Connectors:Runtime:MaxRateLimitRetries"] = "0"; // any throttle would show as a retry; none may happen, so none is retried
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConnectionMultiplexer>(_ => redis.Connect());
        services.AddSingleton<IShopTokenStore, BenchTokenStore>();
        services.AddSingleton<TimeProvider>(sandbox.Clock);
        platform.AddConnector(services);
        return services.BuildServiceProvider();
    }

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
