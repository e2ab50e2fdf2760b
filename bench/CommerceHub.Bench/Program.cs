using CommerceHub.Bench;
using CommerceHub.Bench.Connectors;
using CommerceHub.Bench.Sync;

// Each benchmark is a subcommand; add new ones to this table.
var benchmarks = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.OrdinalIgnoreCase)
{
    ["ledger"] = LedgerBenchmark.RunAsync,
    ["connectors"] = ConnectorsBenchmark.RunAsync,
    ["live"] = LiveBenchmark.RunAsync,
    ["orders"] = OrdersBenchmark.RunAsync,
    ["workflows"] = WorkflowsBenchmark.RunAsync,
    ["sync"] = SyncBenchmark.RunAsync,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: CommerceHub.Bench <{string.Join('|', benchmarks.Keys)}> [options]");
    return 2;
}

return await run(args[1..]);
