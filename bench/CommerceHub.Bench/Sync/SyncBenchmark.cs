using System.Diagnostics;
using System.Globalization;
using CommerceHub.HubApi.Features.Listings;
using CommerceHub.HubApi.Features.StockSync;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.Inventory.Ledger;
using CommerceHub.Sandbox.Core.Limits;
using CommerceHub.Sandbox.Core.Orders;
using CommerceHub.Sandbox.Hosting;
using CommerceHub.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.Bench.Sync;

/// <summary>
/// Stock change to platform latency: the hub in-process on Kestrel, one shop per platform in the sandbox at the
/// platforms' published rate limits, N two-variant products published to every shop; then a steady load over all SKUs
/// and a storm on a few hot SKUs, each change a +1 receipt through the ledger. Prints per platform p50/p99 from the
/// ledger call's return to the platform showing the value, calls made against changes, rate-limit refusals, and
/// whether every shop ends on the ledger's quantity. Target: p99 under 2 s, no refusal, every shop correct.
/// </summary>
internal static class SyncBenchmark
{
    private const string Merchant = "pxg-trading";
    private const string Warehouse = "PXG";
    private const long InitialStock = 100;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LiveTimeout = TimeSpan.FromSeconds(90);

    public static async Task<int> RunAsync(string[] args)
    {
        var options = SyncOptions.Parse(args);
        using var redis = new RedisServer();
        await using var sandbox = new SandboxHost(SandboxSettings());
        await sandbox.StartAsync();
        await using var hub = await SyncHub.StartAsync(redis, sandbox);
        await hub.SignInAsync(Merchant);
        var ledger = hub.Services.GetRequiredService<StockLedger>();

        Console.WriteLine($"set-up: {options.Products} products × 2 variants published to {SyncPlatforms.All.Count} shops …");
        var skus = await SetUpAsync(hub, ledger, options.Products);
        var watches = await WatchesAsync(hub, sandbox, skus);
        using var stop = new CancellationTokenSource();
        var watching = watches.Select(w => w.RunAsync(stop.Token)).ToList();
        await UntilAsync(() => watches.All(w => Matches(w.Shown(), skus, InitialStock)), TimeSpan.FromMinutes(3), "the initial stock to reach every platform");

        // Measured from here on under the platforms' published limits.
        foreach (var platform in SyncPlatforms.All)
        {
            sandbox.Services(platform.Sandbox).GetRequiredService<RateLimiter>().Set(new RateLimitSettings(platform.PermitsPerSecond, 1, platform.PerApi));
        }

        var steady = await PhaseAsync("steady", hub, sandbox, ledger, watches, skus, options.SteadyRate, options.SteadySeconds);
        var storm = await PhaseAsync("storm", hub, sandbox, ledger, watches, skus[..Math.Min(options.HotSkus, skus.Length)], options.StormRate, options.StormSeconds);

        var levels = (await ledger.GetAsync(hub.MerchantId, skus)).ToDictionary(s => s.Sku, s => s.Available, StringComparer.Ordinal);
        await stop.CancelAsync();
        await Task.WhenAll(watching.Select(w => w.ContinueWith(_ => { }, TaskScheduler.Default)));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"platform",-8} {"phase",-7} {"changes",8} {"p50 ms",8} {"p99 ms",8} {"max ms",8} {"unseen",6} {"calls",6} {"calls/chg",9} {"429s",5}"));
        var ok = watches.Count == SyncPlatforms.All.Count;
        foreach (var watch in watches)
        {
            foreach (var phase in new[] { steady, storm })
            {
                var row = phase.Rows[watch.Platform];
                ok &= row.P99 < 2_000 && row.Unseen == 0 && row.Refused == 0;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{watch.Platform,-8} {phase.Name,-7} {phase.Changes,8} {row.P50,8:F0} {row.P99,8:F0} {row.Max,8:F0} {row.Unseen,6} {row.Calls,6} {(double)row.Calls / phase.Changes,9:F3} {row.Refused,5}"));
            }

            var shown = watch.Shown();
            var wrong = skus.Count(s => shown.GetValueOrDefault(s, -1) != levels[s]);
            ok &= wrong == 0;
            Console.WriteLine($"{watch.Platform,-8} final: {(wrong == 0 ? "every SKU on the ledger's quantity" : $"{wrong} SKUs differ from the ledger")}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stock sync worker: steady {steady.WorkerCalls} sink calls / {steady.WorkerSkus} SKU values, storm {storm.WorkerCalls} / {storm.WorkerSkus}; storm issued at {storm.AchievedRate:F0} changes/s"));
        return ok ? 0 : 1;
    }

    private static async Task<string[]> SetUpAsync(SyncHub hub, StockLedger ledger, int products)
    {
        var shops = new List<Guid>();
        foreach (var platform in SyncPlatforms.All)
        {
            shops.Add((await hub.ConnectShopAsync(platform)).Id);
        }

        var created = new List<(Guid Id, string[] Skus)>();
        for (var i = 0; i < products; i++)
        {
            created.Add(await hub.CreateProductAsync(i));
        }

        var skus = created.SelectMany(p => p.Skus).ToArray();
        await ledger.ReceiveAsync(hub.MerchantId, "bench-sync-initial", [.. skus.Select(s => new StockAdjustment(s, Warehouse, InitialStock))]);
        await hub.PublishAsync([.. created.Select(p => p.Id)], shops);
        return skus;
    }

    private static async Task<List<StockWatch>> WatchesAsync(SyncHub hub, SandboxHost sandbox, string[] skus)
    {
        var targets = hub.Services.GetRequiredService<ChannelTargets>();
        var watches = new List<StockWatch>();
        foreach (var platform in SyncPlatforms.All)
        {
            var channel = await ChannelOfAsync(hub, platform);
            ChannelTarget? target = null;
            await UntilAsync(async () =>
            {
                targets.Invalidate(hub.MerchantId, channel);
                target = await targets.GetAsync(hub.MerchantId, channel, CancellationToken.None);
                return target is not null && skus.All(target.Skus.ContainsKey);
            }, LiveTimeout, null);
            if (target is null || !skus.All(target.Skus.ContainsKey))
            {
                Console.WriteLine($"{platform.Sandbox}: not measured, its listings were not live after {LiveTimeout.TotalSeconds:F0} s ({await ListingStatesAsync(hub, channel)})");
                continue;
            }

            var skuByItem = target.Skus.ToDictionary(
                s => platform.VariantsAreItems ? (s.Value.VariantId ?? s.Value.ItemId, (string?)null) : (s.Value.ItemId, s.Value.VariantId), s => s.Key);
            watches.Add(new StockWatch(platform.Sandbox, sandbox.Services(platform.Sandbox).GetRequiredService<ISandboxMarket>(), platform.ShopId, skuByItem));
        }

        return watches;
    }

    private static async Task<string> ChannelOfAsync(SyncHub hub, SyncPlatform platform)
    {
        var shops = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(hub.Http, "/api/shops?pageSize=200");
        return shops.GetProperty("items").EnumerateArray()
            .Single(s => s.GetProperty("marketplace").GetString() == platform.Code && s.GetProperty("shopId").GetString() == platform.ShopId)
            .GetProperty("channelCode").GetString()!;
    }

    private static async Task<string> ListingStatesAsync(SyncHub hub, string channel)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        var listings = await scope.ServiceProvider.GetRequiredService<HubDbContext>().Set<ChannelListing>().IgnoreQueryFilters()
            .Where(l => l.ChannelCode == channel).Select(l => new { l.State, l.LastError }).ToListAsync();
        return string.Join("; ", listings.GroupBy(l => l.State).Select(g => $"{g.Count()} {g.Key}{(g.First().LastError is { } e ? $": {e}" : "")}"));
    }

    private static async Task<PhaseResult> PhaseAsync(string name, SyncHub hub, SandboxHost sandbox, StockLedger ledger,
        List<StockWatch> watches, string[] skus, int rate, int seconds)
    {
        var worker = hub.Services.GetRequiredService<StockSyncWorker>();
        var limiters = watches.ToDictionary(w => w.Platform, w => sandbox.Services(w.Platform).GetRequiredService<RateLimiter>());
        var callsBefore = watches.ToDictionary(w => w.Platform, w => hub.Calls.Of(w.Platform));
        var refusedBefore = limiters.ToDictionary(l => l.Key, l => l.Value.Refused);
        var workerBefore = worker.Counters;
        var total = rate * seconds;
        Console.WriteLine($"{name}: {total} changes at {rate}/s over {skus.Length} SKUs …");

        var changes = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            changes.Add(ChangeAsync(ledger, hub.MerchantId, watches, skus[i % skus.Length], $"bench-{name}-{i}"));
        }

        await Task.WhenAll(changes);
        var issuedIn = clock.Elapsed;
        await UntilAsync(() => watches.All(w => w.Pending == 0), Settle, null);
        var workerAfter = worker.Counters;
        var rows = watches.ToDictionary(w => w.Platform, w =>
        {
            var latencies = w.Drain();
            latencies.Sort();
            return new PhaseRow(Percentile(latencies, 0.50), Percentile(latencies, 0.99), latencies.Count == 0 ? double.NaN : latencies[^1],
                total - latencies.Count, hub.Calls.Of(w.Platform) - callsBefore[w.Platform], limiters[w.Platform].Refused - refusedBefore[w.Platform]);
        });
        return new PhaseResult(name, total, total / issuedIn.TotalSeconds, rows,
            workerAfter.Calls - workerBefore.Calls, workerAfter.SkusPushed - workerBefore.SkusPushed);
    }

    private static async Task ChangeAsync(StockLedger ledger, Guid merchantId, List<StockWatch> watches, string sku, string reference)
    {
        var result = await ledger.ReceiveAsync(merchantId, reference, [new StockAdjustment(sku, Warehouse, 1)]);
        var accepted = Stopwatch.GetTimestamp();
        var change = result.Changes.Single();
        foreach (var watch in watches)
        {
            // Every channel has the default rule (all of the available stock), so its quantity is the available one.
            watch.Expect(sku, change.OnHandAfter - change.Reserved, accepted);
        }
    }

    private static bool Matches(Dictionary<string, int> shown, string[] skus, long quantity) =>
        skus.All(s => shown.TryGetValue(s, out var stock) && stock == quantity);

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static Task UntilAsync(Func<bool> condition, TimeSpan timeout, string? what) =>
        UntilAsync(() => Task.FromResult(condition()), timeout, what);

    /// <summary>Waits for the condition; past the timeout throws when <paramref name="what"/> names it, else returns.</summary>
    private static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string? what)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            if (deadline.Elapsed > timeout)
            {
                if (what is null)
                {
                    return;
                }

                throw new TimeoutException($"Gave up waiting for {what} after {timeout.TotalSeconds:F0} s.");
            }

            await Task.Delay(50);
        }
    }

    private static IConfiguration SandboxSettings()
    {
        var settings = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" };
        foreach (var platform in SyncPlatforms.All)
        {
            var prefix = $"Sandbox:Platforms:{platform.Sandbox}:";
            settings[prefix + "Port"] = "0";
            settings[prefix + "Apps:0:AppId"] = platform.AppId;
            settings[prefix + "Apps:0:AppSecret"] = platform.AppSecret;
            settings[prefix + "Shops:0:ShopId"] = platform.ShopId;
            settings[prefix + "Shops:0:Region"] = platform.Region;
            settings[prefix + "Shops:0:Name"] = $"Bench {platform.Sandbox} {platform.Region}";
            settings[prefix + "RateLimit:PermitsPerWindow"] = "100000"; // set-up runs unthrottled; the phases at the published limits
        }

        // Tiki reviews each product request in six steps; 200 ms a step keeps publishing to Tiki within the set-up.
        settings["Sandbox:Platforms:Tiki:ReviewStepMs"] = "200";
        foreach (var other in PlatformCatalog.All.Select(p => p.Name).Except(SyncPlatforms.All.Select(p => p.Sandbox)))
        {
            settings[$"Sandbox:Platforms:{other}:Enabled"] = "false";
        }

        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }

    private sealed record PhaseRow(double P50, double P99, double Max, int Unseen, long Calls, long Refused);

    private sealed record PhaseResult(string Name, int Changes, double AchievedRate, Dictionary<string, PhaseRow> Rows, long WorkerCalls, long WorkerSkus);
}
