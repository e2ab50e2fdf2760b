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
        var requests = Option(args, "--requests", 100_000);
        var connections = Option(args, "--connections", 2);
        var callers = Option(args, "--callers", 128);
        var clients = Option(args, "--clients", 128);
        var rounds = Option(args, "--rounds", 3);
        using var server = new RedisServer();
        var merchant = Guid.NewGuid();
        var ledgers = Enumerable.Range(0, connections).Select(_ => Build(server)).ToList();
        var ledger = ledgers[0].GetRequiredService<StockLedger>();
        await ledgers[0].GetRequiredService<LedgerLoader>().EnsureLoadedAsync(CancellationToken.None);
        await ledger.ReceiveAsync(merchant, "bench", [new("RAW", "WH", InventoryInput.MaxQuantity), new("WARM", "WH", 20_000)]);
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
        await RunParallelAsync(ledgers, callers, 20_000, (l, i) => l.ReserveAsync(Request(merchant, $"warm-{i}", "WARM")));

        Console.WriteLine($"redis-server {server.Port}, {Environment.ProcessorCount} cores, {requests:N0} reservations per measurement, {rounds} interleaved rounds");
        var raws = new List<double>();
        var reserves = new List<double>();
        var commits = new List<double>();
        var oversell = 0;
        for (var round = 1; round <= rounds; round++)
        {
            // Two shapes of the same load; the faster is the round's baseline: many connections with one request each,
            // and the ledger's own shape (as many sockets as ledger connections, the callers' requests pipelined).
            var rawClients = await RedisBenchmarkTool.RunAsync(server.Port, clients, 1, requests, command);
            var rawPipelined = await RedisBenchmarkTool.RunAsync(server.Port, connections, Math.Max(1, callers / connections), requests, command);
            var sku = $"LEDGER-{round}";
            await ledger.ReceiveAsync(merchant, "bench", [new(sku, "WH", requests)]);
            var (reserveRate, reserved) = await RunParallelAsync(ledgers, callers, requests,
                (l, i) => l.ReserveAsync(Request(merchant, $"bench-{round}-{i}", sku)));
            var extraRefused = !(await ledger.ReserveAsync(Request(merchant, $"one-too-many-{round}", sku))).Success;
            var afterReserve = await ledger.GetAsync(merchant, sku);
            var (commitRate, _) = await RunParallelAsync(ledgers, callers, requests,
                async (l, i) => (await l.CommitAsync(merchant, $"bench-{round}-{i}")).Applied);
            var afterCommit = await ledger.GetAsync(merchant, sku);
            oversell += Math.Max(0, reserved - requests) + (extraRefused ? 0 : 1) + (afterReserve.Available < 0 ? 1 : 0)
                + (afterCommit.OnHand != 0 || afterCommit.Reserved != 0 ? 1 : 0);
            raws.Add(Math.Max(rawClients, rawPipelined));
            reserves.Add(reserveRate);
            commits.Add(commitRate);
            Console.WriteLine($"round {round}: raw {rawClients,8:N0}/s ({clients} clients), {rawPipelined,8:N0}/s ({connections} clients x -P {callers / connections}); " +
                $"ledger reserve {reserveRate,8:N0}/s, commit {commitRate,8:N0}/s; ratio {reserveRate / Math.Max(rawClients, rawPipelined):F2}; " +
                $"reserved {afterReserve.Reserved:N0} of {afterReserve.OnHand:N0}, one more refused: {extraRefused}, after commit on hand {afterCommit.OnHand}");
        }

        await ledger.ReceiveAsync(merchant, "bench", [new("HOT", "WH", 1_000)]);
        var (_, hot) = await RunParallelAsync(ledgers, callers, 20_000, (l, i) => l.ReserveAsync(Request(merchant, $"hot-{i}", "HOT")));
        oversell += Math.Max(0, hot - 1_000);

        var ratio = Median(reserves) / Median(raws);
        Console.WriteLine($"raw     redis-benchmark EVALSHA reserve.lua (median of the faster shape):   {Median(raws),10:N0} reservations/s");
        Console.WriteLine($"ledger  StockLedger.ReserveAsync, {connections} connections x {callers / connections} callers (median): {Median(reserves),10:N0} reservations/s");
        Console.WriteLine($"ratio   ledger / raw = {ratio:F2} (target >= 0.70: {(ratio >= 0.7 ? "met" : "NOT met")})");
        Console.WriteLine($"commit  StockLedger.CommitAsync (median):                       {Median(commits),10:N0} commits/s");
        Console.WriteLine($"check   20,000 concurrent reservations on 1,000 units: {hot:N0} succeeded");
        Console.WriteLine($"oversell = {oversell} {(oversell == 0 ? "OK" : "FAILED")}");
        foreach (var provider in ledgers)
        {
            await provider.DisposeAsync();
        }

        return oversell == 0 ? 0 : 1;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

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
