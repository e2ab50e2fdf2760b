using System.Diagnostics;
using CommerceHub.Inventory;
using CommerceHub.Inventory.Allocation;
using CommerceHub.Inventory.Journal;
using CommerceHub.Inventory.Ledger;
using CommerceHub.Inventory.Rebuild;
using CommerceHub.Testing;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CommerceHub.Bench;

/// <summary>
/// Reservations per second through <see cref="StockLedger"/> beside redis-benchmark running the same reserve script
/// (EVALSHA, one line, one warehouse, no expiry) on the same redis-server in the same run; then commits, and an
/// oversell check under contention.
/// </summary>
internal static class LedgerBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var requests = Option(args, "--requests", 200_000);
        var connections = Option(args, "--connections", 4);
        var callers = Option(args, "--callers", 128);
        var clients = Option(args, "--clients", 128);
        using var server = new RedisServer();
        var merchant = Guid.NewGuid();
        var ledgers = Enumerable.Range(0, connections).Select(_ => Build(server)).ToList();
        var ledger = ledgers[0].GetRequiredService<StockLedger>();
        await ledgers[0].GetRequiredService<LedgerLoader>().EnsureLoadedAsync(CancellationToken.None);
        await ledger.ReceiveAsync(merchant, "bench", [new("RAW", "WH", InventoryInput.MaxQuantity), new("WARM", "WH", 20_000), new("LEDGER", "WH", requests)]);

        using (var admin = server.Connect())
        {
            await admin.GetServer("127.0.0.1", server.Port).ScriptLoadAsync(LedgerScripts.Reserve.Text);
        }

        var m = merchant.ToString("N");
        string[] command =
        [
            "EVALSHA", LedgerScripts.Reserve.Sha1Hex, "5", RedisKeys.Stock(merchant)!, $"ch:res:{{{m}}}:raw-__rand_int__",
            RedisKeys.Expiry(merchant)!, RedisKeys.Outbox!, RedisKeys.Loaded!, m, "raw-__rand_int__", "1700000000000", "0", "O", "", "1", "RAW", "1", "1", "WH",
        ];
        // Two shapes of the same load, and the faster one is the baseline: many connections with one request each,
        // and the ledger's own shape (as many sockets as multiplexers, the callers' requests pipelined on them).
        var rawClients = await RedisBenchmarkTool.RunAsync(server.Port, clients, 1, requests, command);
        var rawPipelined = await RedisBenchmarkTool.RunAsync(server.Port, connections, Math.Max(1, callers / connections), requests, command);
        var raw = Math.Max(rawClients, rawPipelined);

        await RunParallelAsync(ledgers, callers, 20_000, (l, i) => l.ReserveAsync(Request(merchant, $"warm-{i}", "WARM")));
        var (reserveRate, reserved) = await RunParallelAsync(ledgers, callers, requests,
            (l, i) => l.ReserveAsync(Request(merchant, $"bench-{i}", "LEDGER")));
        var extraRefused = !(await ledger.ReserveAsync(Request(merchant, "one-too-many", "LEDGER"))).Success;
        var afterReserve = await ledger.GetAsync(merchant, "LEDGER");
        var (commitRate, _) = await RunParallelAsync(ledgers, callers, requests,
            async (l, i) => (await l.CommitAsync(merchant, $"bench-{i}")).Applied);
        var afterCommit = await ledger.GetAsync(merchant, "LEDGER");

        await ledger.ReceiveAsync(merchant, "bench", [new("HOT", "WH", 1_000)]);
        var (_, hot) = await RunParallelAsync(ledgers, callers, 20_000, (l, i) => l.ReserveAsync(Request(merchant, $"hot-{i}", "HOT")));
        var oversell = Math.Max(0, reserved - requests) + Math.Max(0, hot - 1_000) + (extraRefused ? 0 : 1)
            + (afterReserve.Available < 0 ? 1 : 0) + (afterCommit.OnHand != 0 || afterCommit.Reserved != 0 ? 1 : 0);

        Console.WriteLine($"redis-server {server.Port}, {Environment.ProcessorCount} cores, {requests:N0} requests per run");
        Console.WriteLine($"raw     redis-benchmark EVALSHA reserve.lua, {clients} clients:          {rawClients,10:N0} reservations/s");
        Console.WriteLine($"raw     redis-benchmark EVALSHA reserve.lua, {connections} clients x -P {callers / connections}:       {rawPipelined,10:N0} reservations/s");
        Console.WriteLine($"ledger  StockLedger.ReserveAsync, {connections} multiplexers x {callers / connections} callers: {reserveRate,10:N0} reservations/s ({reserved:N0} succeeded)");
        Console.WriteLine($"ratio   ledger / faster raw = {reserveRate / raw:F2} (target >= 0.70: {(reserveRate / raw >= 0.7 ? "met" : "NOT met")})");
        Console.WriteLine($"commit  StockLedger.CommitAsync:                               {commitRate,10:N0} commits/s");
        Console.WriteLine($"check   after reserve: on hand {afterReserve.OnHand}, reserved {afterReserve.Reserved}, one more refused: {extraRefused}; after commit: on hand {afterCommit.OnHand}, reserved {afterCommit.Reserved}");
        Console.WriteLine($"check   20,000 concurrent reservations on 1,000 units: {hot:N0} succeeded");
        Console.WriteLine($"oversell = {oversell} {(oversell == 0 ? "OK" : "FAILED")}");
        foreach (var provider in ledgers)
        {
            await provider.DisposeAsync();
        }

        return oversell == 0 ? 0 : 1;
    }

    private static ReservationRequest Request(Guid merchant, string id, string sku) => new(merchant, id, [new ReservationLine(sku, 1, ["WH"])]);

    /// <summary>Runs <paramref name="count"/> operations from <paramref name="callers"/> loops spread over the connections.</summary>
    private static async Task<(double Rate, int Succeeded)> RunParallelAsync(List<ServiceProvider> providers, int callers, int count,
        Func<StockLedger, int, Task<ReservationResult>> operation) =>
        await RunParallelAsync(providers, callers, count, async (l, i) => (await operation(l, i)).Success);

    private static async Task<(double Rate, int Succeeded)> RunParallelAsync(List<ServiceProvider> providers, int callers, int count,
        Func<StockLedger, int, Task<bool>> operation)
    {
        var next = -1;
        var succeeded = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(c => Task.Run(async () =>
        {
            var ledger = providers[c % providers.Count].GetRequiredService<StockLedger>();
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                if (await operation(ledger, i))
                {
                    Interlocked.Increment(ref succeeded);
                }
            }
        })));
        return (count / watch.Elapsed.TotalSeconds, succeeded);
    }

    private static ServiceProvider Build(RedisServer server)
    {
        var none = new NoLedger();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConnectionMultiplexer>(server.Connect())
            .AddSingleton<ILedgerJournal>(none)
            .AddSingleton<ILedgerSnapshotSource>(none)
            .AddSingleton<IAllocationRuleSource>(none);
        services.AddInventory();
        return services.BuildServiceProvider();
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    }
}
