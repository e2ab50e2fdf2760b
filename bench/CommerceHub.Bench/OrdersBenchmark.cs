extern alias hub;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Shopee;
using CommerceHub.Testing;
using hub::CommerceHub.HubApi;
using hub::CommerceHub.HubApi.Features.Orders;
using hub::CommerceHub.HubApi.Infrastructure.Persistence;
using hub::CommerceHub.HubApi.SampleData;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SandboxHost = CommerceHub.Sandbox.Hosting.SandboxHost;

namespace CommerceHub.Bench;

/// <summary>
/// Orders imported per second end to end: signed Shopee pushes for N paid sandbox orders are sent to the hub's
/// webhook; each is answered once its inbox row is committed, then the drain loops read the orders from the sandbox
/// in batches, store them and reserve their stock. Latency per order = order stored with stock reserved − push sent.
/// The whole hub runs in this process (Kestrel, drain loops, PostgreSQL or SQLite, redis-server), as does the sandbox.
/// </summary>
internal static class OrdersBenchmark
{
    private const string PartnerKey = "bench-shopee-partner-key";
    private const string Shop = "600001";

    public static async Task<int> RunAsync(string[] args)
    {
        var count = Option(args, "--orders", 2000);
        var senders = Option(args, "--senders", 32);
        var loops = Option(args, "--loops", 2);
        var batch = Option(args, "--batch", 500);
        var sqlite = Array.IndexOf(args, "--sqlite") >= 0;
        // Phased: no drain while the pushes come in, then the bench drains the full inbox itself, so each side's CPU shows apart.
        var phased = Array.IndexOf(args, "--phased") >= 0;
        using var redis = new RedisServer();
        using var postgres = sqlite ? null : new PostgresServer();
        var sqliteFile = Path.Combine(Path.GetTempPath(), $"ch-bench-orders-{Guid.NewGuid():N}.db");
        var database = postgres is null ? ("Sqlite", $"Data Source={sqliteFile}") : ("Postgres", postgres.ConnectionString("commercehub"));
        await using var sandbox = new SandboxHost(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Sandbox:Platforms:Shopee:Port"] = "0",
            ["Sandbox:Platforms:Shopee:Apps:0:AppId"] = "2001887",
            ["Sandbox:Platforms:Shopee:Apps:0:AppSecret"] = PartnerKey,
            ["Sandbox:Platforms:Shopee:Shops:0:ShopId"] = Shop,
            ["Sandbox:Platforms:Shopee:Shops:0:Region"] = "VN",
            ["Sandbox:Platforms:Shopee:Shops:0:Name"] = "Bench VN",
            ["Sandbox:Platforms:Shopee:RateLimit:PermitsPerWindow"] = "1000000",
        }.Concat(CommerceHub.Sandbox.Hosting.PlatformCatalog.All.Where(p => p.Name != "Shopee")
            .Select(p => KeyValuePair.Create($"Sandbox:Platforms:{p.Name}:Enabled", (string?)"false")))).Build());
        await sandbox.StartAsync();
        var port = FreePort.Next();
        var baseUrl = $"http://127.0.0.1:{port}";
        await using var app = await StartHubAsync(redis, database, sandbox, baseUrl, phased ? 0 : loops, batch, runJobs: !phased);
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
        using var admin = new HttpClient { BaseAddress = new Uri(sandbox.BaseUrl("Shopee"), "/__admin/"), Timeout = TimeSpan.FromMinutes(5) };

        var sku = await PrepareAsync(app, http, admin);
        var report = await (await admin.PostAsJsonAsync("scenarios/orders", new { shopId = Shop, count, advanceTo = "READY_TO_SHIP" })).Content.ReadFromJsonAsync<JsonElement>();
        var orderIds = report.GetProperty("orderIds").EnumerateArray().Select(o => o.GetString()!).ToList();
        Console.WriteLine($"{Environment.ProcessorCount} cores, load average {LoadAverage()}; {orderIds.Count} paid orders of SKU {sku} in the sandbox; {senders} concurrent push senders; {loops} drain loops of {batch}; {database.Item1} + redis-server");

        var sent = new ConcurrentDictionary<string, DateTimeOffset>();
        var answers = new ConcurrentBag<double>();
        var url = $"{baseUrl}/api/webhooks/shopee";
        var watch = Stopwatch.StartNew();
        var started = DateTimeOffset.UtcNow;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        await Parallel.ForEachAsync(orderIds, new ParallelOptions { MaxDegreeOfParallelism = senders }, async (orderId, ct) =>
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            var body = $$"""{"data":{"items":[],"ordersn":"{{orderId}}","status":"READY_TO_SHIP","completed_scenario":"","update_time":{{now}}},"shop_id":{{Shop}},"code":3,"timestamp":{{now}}}""";
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.TryAddWithoutValidation("Authorization", ShopeeSigner.PushSignature(PartnerKey, url, body));
            var at = Stopwatch.GetTimestamp();
            sent[orderId] = DateTimeOffset.UtcNow;
            using var response = await http.SendAsync(request, ct);
            answers.Add(Stopwatch.GetElapsedTime(at).TotalMilliseconds);
            response.EnsureSuccessStatusCode();
        });
        var sendSeconds = watch.Elapsed.TotalSeconds;
        var sendCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;

        if (phased)
        {
            await DrainPhaseAsync(app, loops, orderIds.Count);
        }

        var stored = await WaitForReservedAsync(app, orderIds.Count, TimeSpan.FromMinutes(5));
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var elapsed = (stored.Max(o => o.UpdatedAt) - started).TotalSeconds;
        var latencies = stored.Select(o => (o.UpdatedAt - sent[o.PlatformOrderId]).TotalMilliseconds).Order().ToList();
        var webhook = answers.Order().ToList();
        Console.WriteLine($"pushes answered: {webhook.Count} in {sendSeconds:0.00} s = {webhook.Count / sendSeconds:N0}/s; answer p50 {Pct(webhook, 0.50):0.0} ms, p99 {Pct(webhook, 0.99):0.0} ms, max {webhook[^1]:0.0} ms");
        Console.WriteLine($"orders stored + reserved: {stored.Count}/{orderIds.Count} in {elapsed:0.00} s = {stored.Count / elapsed:N0} orders/s (target 1,000/s)");
        Console.WriteLine($"push sent -> order stored + reserved: p50 {Pct(latencies, 0.50):0} ms, p99 {Pct(latencies, 0.99):0} ms, max {latencies[^1]:0} ms");
        // CPU time does not depend on what else runs on the machine, so it tells what an idle machine would do.
        Console.WriteLine($"CPU of this process (hub, sandbox and senders) while sending: {sendCpu:0.0} s; during the whole run: {cpu:0.0} s = {cpu * 1000 / orderIds.Count:0.00} ms per order; "
            + $"{Environment.ProcessorCount} idle cores would allow about {Environment.ProcessorCount * orderIds.Count / cpu:N0} orders/s before redis-server's and the database's own CPU");
        Console.WriteLine($"load average after the run: {LoadAverage()}");
        await app.StopAsync();
        foreach (var file in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" })
        {
            File.Delete(file);
        }
        return stored.Count == orderIds.Count ? 0 : 1;
    }

    private static async Task<WebApplication> StartHubAsync(RedisServer redis, (string Provider, string Connection) database, SandboxHost sandbox,
        string baseUrl, int loops, int batch, bool runJobs)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Urls"] = baseUrl, ["Shops:PublicBaseUrl"] = baseUrl,
            ["Redis:ConnectionString"] = redis.ConnectionString,
            ["Database:Provider"] = database.Provider, ["Database:ConnectionString"] = database.Connection,
            ["SampleData:Enabled"] = "true", ["SampleData:ConnectSandboxShops"] = "false", ["Jobs:RunServer"] = runJobs ? "true" : "false",
            ["Orders:DrainLoops"] = loops.ToString(CultureInfo.InvariantCulture), ["Orders:DrainBatchSize"] = batch.ToString(CultureInfo.InvariantCulture),
            ["Http:PermitsPerSecond"] = "100000", ["Http:Burst"] = "100000",
            ["Connectors:Shopee:PartnerId"] = "2001887", ["Connectors:Shopee:PartnerKey"] = PartnerKey,
            ["Connectors:Shopee:BaseUrl"] = sandbox.BaseUrl("Shopee").ToString(),
            ["Connectors:Shopee:ShopPermitsPerSecond"] = "10000", ["Connectors:Shopee:AppPermitsPerSecond"] = "10000",
        });
        builder.Configuration.AddInMemoryCollection(BenchHubSettings.WithoutCustoms);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddHub();
        var app = builder.Build();
        await app.Services.EnsureDatabaseAsync();
        await app.Services.SeedSampleDataAsync();
        app.UseHub();
        await app.StartAsync();
        return app;
    }

    /// <summary>Signs in, connects the sandbox shop through the hub's endpoints, stocks a sample SKU and lists it in the sandbox.</summary>
    private static async Task<string> PrepareAsync(WebApplication app, HttpClient http, HttpClient admin)
    {
        var login = await (await http.PostAsJsonAsync("/api/auth/login", new { email = SampleDataSeeder.UserEmail("pxg-trading", hub::CommerceHub.HubApi.Infrastructure.Auth.HubRole.MerchantAdmin), password = "commercehub-demo" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        var created = await (await http.PostAsJsonAsync("/api/shops", new { marketplace = "shopee", shopId = Shop, region = "VN" })).Content.ReadFromJsonAsync<JsonElement>();
        var redirect = new Uri(QueryHelpers.ParseQuery(new Uri(created.GetProperty("authorizeUrl").GetString()!).Query)["redirect"].ToString());
        var state = QueryHelpers.ParseQuery(redirect.Query)["state"].ToString();
        var code = (await (await admin.PostAsJsonAsync("auth/code", new { shopId = Shop })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();
        (await http.GetAsync($"/api/shops/callback/shopee?code={code}&shop_id={Shop}&state={Uri.EscapeDataString(state)}")).EnsureSuccessStatusCode();

        var products = await http.GetFromJsonAsync<JsonElement>("/api/products?pageSize=1");
        var product = await http.GetFromJsonAsync<JsonElement>($"/api/products/{products.GetProperty("items")[0].GetProperty("id").GetString()}");
        var sku = product.GetProperty("variants")[0].GetProperty("sku").GetString()!;
        (await http.PostAsJsonAsync("/api/stock/receipts", new { lines = new[] { new { sku, warehouse = "PXG", quantity = 10_000_000 } } })).EnsureSuccessStatusCode();
        await app.Services.GetRequiredKeyedService<ICatalogPublisher>(Marketplace.Shopee).CreateListingAsync(new ShopRef(Marketplace.Shopee, Shop), new ProductListing
        {
            Sku = sku, Title = "Bench " + sku, Description = "Bench item", CategoryId = "100017",
            Price = Money.Of(150_000, "VND"), Stock = 10_000_000, WeightKg = 0.3m,
        });
        return sku;
    }

    private static async Task DrainPhaseAsync(WebApplication app, int loops, int count)
    {
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, loops)).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                await using var scope = app.Services.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<InboxDrain>().DrainOnceAsync(CancellationToken.None) == 0)
                {
                    return;
                }
            }
        })));
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine($"drain alone: {count} pushes in {watch.Elapsed.TotalSeconds:0.00} s = {count / watch.Elapsed.TotalSeconds:N0} orders/s; "
            + $"CPU {cpu:0.0} s = {cpu * 1000 / count:0.00} ms per order; load average {LoadAverage()}");
    }

    private static async Task<List<Order>> WaitForReservedAsync(WebApplication app, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var orders = scope.ServiceProvider.GetRequiredService<HubDbContext>().Set<Order>().IgnoreQueryFilters().AsNoTracking();
            if (await orders.CountAsync(o => o.StockState == OrderStockState.Reserved) >= count || DateTime.UtcNow > deadline)
            {
                return await orders.Where(o => o.StockState == OrderStockState.Reserved).ToListAsync();
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Others share this machine: every figure is printed beside the 1/5/15-minute load average.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static double Pct(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
