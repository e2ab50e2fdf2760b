using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.HubApi;
using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.HubApi.Contracts.Stock;
using CommerceHub.HubApi.Infrastructure.Auth;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.SampleData;
using CommerceHub.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CommerceHub.Bench;

/// <summary>
/// One hub node (Kestrel on loopback, its own redis-server and SQLite file) holding N live-console connections in one
/// session. Stock updates are published on <c>ch:events:stock</c> as the ledger publishes them; the hub's relay pushes
/// each to the session group. Latency is from PUBLISH to arrival at each connection, over all connections.
/// </summary>
internal static class LiveBenchmark
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static async Task<int> RunAsync(string[] args)
    {
        var connections = Option(args, "--connections", 2_000);
        var updates = Option(args, "--updates", 50);
        var burst = Option(args, "--burst", 200);
        var interval = Option(args, "--interval", 500);
        var raw = args.Contains("--raw-clients");
        using var redis = new RedisServer();
        var port = FreePort.Next();
        var database = Path.Combine(Path.GetTempPath(), $"ch-bench-live-{Guid.NewGuid():N}.db");
        await using var app = await StartHubAsync(redis, port, database);
        var baseUrl = $"http://127.0.0.1:{port}";
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var admin = await TokenAsync(http, SampleDataSeeder.UserEmail("pxg-trading", HubRole.MerchantAdmin));
        var hostToken = await TokenAsync(http, SampleDataSeeder.UserEmail("pxg-trading", HubRole.Host));
        var (merchantId, sessionId, sku) = await SessionAsync(http, admin);

        var clock = Stopwatch.StartNew();
        var sent = new ConcurrentDictionary<long, double>();
        var latencies = new ConcurrentBag<double>();
        var received = 0L;
        void OnStock(long onHand)
        {
            var now = clock.Elapsed.TotalMilliseconds;
            if (sent.TryGetValue(onHand, out var at))
            {
                latencies.Add(now - at);
            }

            Interlocked.Increment(ref received);
        }

        var clients = new List<IAsyncDisposable>(connections);
        var connectWatch = Stopwatch.StartNew();
        using (var gate = new SemaphoreSlim(64))
        {
            await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
            {
                await gate.WaitAsync();
                try
                {
                    var client = raw
                        ? await RawLiveClient.ConnectAsync(new Uri(baseUrl + LiveGroups.HubPath), hostToken, sessionId, OnStock)
                        : await SignalRClientAsync(baseUrl, hostToken, sessionId, OnStock);
                    lock (clients)
                    {
                        clients.Add(client);
                    }
                }
                finally
                {
                    gate.Release();
                }
            }));
        }

        var hubs = clients;
        Console.WriteLine($"hub http://127.0.0.1:{port}, redis-server {redis.Port}, {Environment.ProcessorCount} cores; " +
            $"{hubs.Count:N0} connections joined session {sessionId:N} in {connectWatch.Elapsed.TotalSeconds:F1} s " +
            $"(WebSockets, {(raw ? "raw socket clients: frames scanned, not bound" : "HubConnection clients")}); load average {LoadAverage()}");
        using var publisher = ConnectionMultiplexer.Connect(redis.ConnectionString);
        var sub = publisher.GetSubscriber();
        var onHand = 1_000_000L;

        // Warm-up (JIT, first pushes), not measured.
        for (var i = 0; i < 5; i++)
        {
            await PublishAsync(sub, merchantId, sku, ++onHand, sent, clock);
            await Task.Delay(200);
        }

        await WaitAsync(() => Interlocked.Read(ref received) >= 5L * hubs.Count, TimeSpan.FromSeconds(30));
        latencies.Clear();
        Interlocked.Exchange(ref received, 0);

        // Paced: one update every --interval ms, longer than one fan-out takes, so each is measured on its own as a console sees it.
        for (var i = 0; i < updates; i++)
        {
            await PublishAsync(sub, merchantId, sku, ++onHand, sent, clock);
            await Task.Delay(interval);
        }

        var pacedComplete = await WaitAsync(() => Interlocked.Read(ref received) >= (long)updates * hubs.Count, TimeSpan.FromSeconds(60));
        var paced = latencies.Order().ToArray();
        var pacedReceived = Interlocked.Read(ref received);

        // Burst: as fast as Redis takes them; deliveries per second to all connections.
        latencies.Clear();
        Interlocked.Exchange(ref received, 0);
        var burstWatch = Stopwatch.StartNew();
        for (var i = 0; i < burst; i++)
        {
            await PublishAsync(sub, merchantId, sku, ++onHand, sent, clock);
        }

        var burstComplete = await WaitAsync(() => Interlocked.Read(ref received) >= (long)burst * hubs.Count, TimeSpan.FromSeconds(120));
        var burstSeconds = burstWatch.Elapsed.TotalSeconds;
        var burstReceived = Interlocked.Read(ref received);
        var burstLatencies = latencies.Order().ToArray();

        Console.WriteLine($"paced   {updates} updates every {interval} ms x {hubs.Count:N0} connections: {pacedReceived:N0} of {(long)updates * hubs.Count:N0} delivered{(pacedComplete ? "" : " (INCOMPLETE)")}; " +
            $"latency p50 {Percentile(paced, 0.50):F1} ms, p99 {Percentile(paced, 0.99):F1} ms, max {paced.LastOrDefault():F1} ms " +
            $"(target p99 < 100 ms: {(Percentile(paced, 0.99) < 100 ? "met" : "NOT met")})");
        Console.WriteLine($"burst   {burst} updates x {hubs.Count:N0} connections: {burstReceived:N0} delivered{(burstComplete ? "" : " (INCOMPLETE)")} in {burstSeconds:F2} s = " +
            $"{burstReceived / burstSeconds:N0} messages/s; latency p50 {Percentile(burstLatencies, 0.50):F1} ms, p99 {Percentile(burstLatencies, 0.99):F1} ms");
        Console.WriteLine($"load average after the run: {LoadAverage()}");
        foreach (var hub in hubs)
        {
            await hub.DisposeAsync();
        }

        await app.StopAsync();
        File.Delete(database);
        return pacedComplete && burstComplete ? 0 : 1;
    }

    private static async Task<IAsyncDisposable> SignalRClientAsync(string baseUrl, string token, Guid sessionId, Action<long> onStock)
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(baseUrl + LiveGroups.HubPath, o =>
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
            })
            .Build();
        hub.On<LiveStock>(nameof(ILiveClient.StockChanged), s => onStock(s.OnHand));
        await hub.StartAsync();
        await hub.InvokeAsync<LiveSessionState>(nameof(ILiveHub.JoinSession), sessionId);
        return hub;
    }

    /// <summary>The 1, 5 and 15 minute load averages: the machine is shared, so figures go with the load they were taken under.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static async Task<WebApplication> StartHubAsync(RedisServer redis, int port, string database)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = typeof(HubComposition).Assembly.GetName().Name });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["Redis:ConnectionString"] = redis.ConnectionString,
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={database}",
            ["SampleData:Enabled"] = "true",
            ["Jobs:RunServer"] = "false",
            ["Http:PermitsPerSecond"] = "100000",
            ["Http:Burst"] = "100000",
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

    private static async Task<string> TokenAsync(HttpClient http, string email)
    {
        var response = await http.PostAsJsonAsync("/api/auth/login", new { email, password = "commercehub-demo" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>A channel and a started session whose lineup is one sample SKU.</summary>
    private static async Task<(Guid Merchant, Guid Session, string Sku)> SessionAsync(HttpClient http, string token)
    {
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        const string Sku = "PXG-TEE-001-BLK-M";
        (await http.PostAsJsonAsync("/api/channels", new { code = "bench-live", name = "Bench live room", marketplace = "tiktok" })).EnsureSuccessStatusCode();
        var scheduled = await http.PostAsJsonAsync(LiveRoutes.Sessions,
            new ScheduleLiveSessionRequest("Bench", DateTimeOffset.UtcNow, "CNY", ["bench-live"], [new LineupEntry(Sku, null)]), Json);
        scheduled.EnsureSuccessStatusCode();
        var session = (await scheduled.Content.ReadFromJsonAsync<LiveSessionView>(Json))!;
        (await http.PostAsync(LiveRoutes.Start(session.Id), null)).EnsureSuccessStatusCode();
        return (session.MerchantId, session.Id, Sku);
    }

    /// <summary>One stock event as the ledger publishes it; its on-hand figure identifies the update at the clients.</summary>
    private static async Task PublishAsync(ISubscriber sub, Guid merchant, string sku, long onHand, ConcurrentDictionary<long, double> sent, Stopwatch clock)
    {
        var e = new StockEvent(merchant, sku, "PXG", StockEventKind.Changed, onHand, 0, onHand, onHand, 0, onHand, onHand, null, DateTimeOffset.UtcNow);
        sent[onHand] = clock.Elapsed.TotalMilliseconds;
        await sub.PublishAsync(RedisChannel.Literal("ch:events:stock"), JsonSerializer.Serialize(new[] { e }, Json));
    }

    private static async Task<bool> WaitAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(20);
        }

        return true;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    }
}
