using System.Data.Common;
using System.Diagnostics;
using ActivityContext = CommerceHub.Workflows.Activities.ActivityContext;
using System.Globalization;
using CommerceHub.Testing;
using CommerceHub.Workflows;
using CommerceHub.Workflows.Activities;
using CommerceHub.Workflows.Definitions;
using CommerceHub.Workflows.Instances;
using CommerceHub.Workflows.Persistence;
using CommerceHub.Workflows.Runtime;
using Hangfire;
using Hangfire.Redis.StackExchange;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.Bench;

/// <summary>
/// The workflow runtime on one node: committed state transitions per second, and bookmark-resume latency with 1,000
/// and with 100,000 suspended instances in the store. Targets: at least 1,000 transitions/s; resume p99 under 50 ms
/// and flat from 1,000 to 100,000.
/// </summary>
internal static class WorkflowsBenchmark
{
    private const string Chain = "bench-chain";
    private const string Waiting = "bench-wait";

    public static async Task<int> RunAsync(string[] args)
    {
        var store = Text(args, "--store", "sqlite");
        var synchronous = Text(args, "--synchronous", "normal");
        var routes = Option(args, "--routes", 2_000);
        var callers = Option(args, "--callers", 4);
        var resumes = Option(args, "--resumes", 2_000);
        var sizes = Text(args, "--sizes", "1000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        if (store is not ("sqlite" or "postgres") || synchronous is not ("normal" or "full"))
        {
            Console.Error.WriteLine("--store is sqlite or postgres; --synchronous (SQLite) is normal or full");
            return 2;
        }

        BenchNode.Synchronous = synchronous.ToUpperInvariant();

        using var redis = new RedisServer();
        using var postgres = store == "postgres" ? new PostgresServer() : null;
        Console.WriteLine($"store {Describe(store, synchronous)}; Hangfire on redis-server {redis.Port}; {Environment.ProcessorCount} cores");

        // 1. Transitions: routes of 10 activity steps run inline by `callers` concurrent starters; every transition
        //    is its own commit (instance row guarded by its revision + a log entry).
        var transitionsRate = 0.0;
        await using (var node = await BenchNode.StartAsync(Database(store, postgres, "transitions"), redis, WorkflowExecution.Inline))
        {
            await StartManyAsync(node, Chain, 200, callers, i => null); // warm-up: JIT, pools, statements
            var before = await node.CountLogAsync();
            var watch = Stopwatch.StartNew();
            await StartManyAsync(node, Chain, routes, callers, i => null);
            watch.Stop();
            var transitions = await node.CountLogAsync() - before;
            transitionsRate = transitions / watch.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"transitions  {routes:N0} routes x 12 transitions = {transitions:N0} in {watch.Elapsed.TotalSeconds:F2} s, {callers} callers: {transitionsRate:N0} transitions/s"));
        }

        // 2. Resume latency with N suspended instances: one caller delivers `resumes` scans to random waiting
        //    instances; measured is DeliverAsync until the bookmark is consumed, the instance resumed and committed,
        //    and its continuation job enqueued in Hangfire (Redis). The continuation is not run here.
        var p99s = new List<double>();
        foreach (var size in sizes)
        {
            var connection = Database(store, postgres, $"resume{size}");
            await using var seeder = await BenchNode.StartAsync(connection, redis, WorkflowExecution.Inline);
            var seed = Stopwatch.StartNew();
            await StartManyAsync(seeder, Waiting, size, Math.Max(callers, 8), i => new { parcelNo = $"P{i}" });
            seed.Stop();
            await using var node = await BenchNode.StartAsync(connection, redis, WorkflowExecution.Hangfire);
            var suspended = await node.CountBookmarksAsync();
            var keys = Enumerable.Range(0, size).ToArray();
            Random.Shared.Shuffle(keys);
            for (var i = 0; i < Math.Min(200, size / 10); i++)
            {
                await node.Runtime.DeliverAsync(new Stimulus("scan", $"P{keys[i]}")); // warm-up
            }

            var latencies = new List<double>();
            var missed = 0;
            foreach (var key in keys.Skip(Math.Min(200, size / 10)).Take(resumes))
            {
                var one = Stopwatch.StartNew();
                var result = await node.Runtime.DeliverAsync(new Stimulus("scan", $"P{key}", new { dock = 3 }));
                latencies.Add(one.Elapsed.TotalMilliseconds);
                missed += result.Outcome == DeliveryOutcome.Resumed ? 0 : 1;
            }

            latencies.Sort();
            var p99 = Percentile(latencies, 0.99);
            p99s.Add(p99);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"resume       {suspended,7:N0} suspended (seeded in {seed.Elapsed.TotalSeconds:F0} s): {latencies.Count:N0} resumes, " +
                $"p50 {Percentile(latencies, 0.50):F2} ms, p99 {p99:F2} ms, max {latencies[^1]:F2} ms, not resumed {missed}"));
        }

        var flat = p99s.Count < 2 || p99s[^1] <= Math.Max(2 * p99s[0], p99s[0] + 5);
        var met = transitionsRate >= 1_000 && p99s.All(p => p < 50) && flat;
        Console.WriteLine($"targets      >= 1,000 transitions/s, resume p99 < 50 ms and flat (largest p99 <= max(2 x smallest, smallest + 5 ms)): {(met ? "met" : "NOT met")}");
        return met ? 0 : 1;
    }

    private static async Task StartManyAsync(BenchNode node, string route, int count, int callers, Func<int, object?> input) =>
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = callers },
            async (i, ct) => await node.Runtime.StartAsync(route, input(i), ct: ct));

    private static (string Connection, bool Postgres) Database(string store, PostgresServer? postgres, string name) =>
        postgres is not null
            ? (postgres.ConnectionString($"bench_{name}_{Guid.NewGuid():N}"), true)
            : ($"Data Source={Path.Combine(Directory.CreateTempSubdirectory("ch-bench-wf-").FullName, "workflows.db")};Pooling=true", false);

    private static string Describe(string store, string synchronous) => store == "postgres"
        ? "PostgreSQL (throw-away cluster on 127.0.0.1, fsync off)"
        : $"SQLite file in the temp directory (WAL journal, synchronous={synchronous.ToUpperInvariant()})";

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static int Option(string[] args, string name, int fallback) =>
        int.Parse(Text(args, name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    private static string Text(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }

    internal static IEnumerable<WorkflowDefinition> Definitions()
    {
        var chain = WorkflowDefinition.Create(Chain, 1);
        for (var i = 1; i <= 10; i++)
        {
            chain.Step<Tick>($"s{i}").Then(i == 10 ? "end" : $"s{i + 1}");
        }

        yield return chain.End("end").Build();
        yield return WorkflowDefinition.Create(Waiting, 1)
            .Wait("scan", "scan", "{parcelNo}").Then("after")
            .Step<Tick>("after").Then("end")
            .End("end")
            .Build();
    }
}

/// <summary>An empty step: the benchmark measures the runtime, not the work.</summary>
internal sealed class Tick : Activity<NoInput, NoOutput>
{
    protected override ValueTask<ActivityResult> ExecuteAsync(NoInput input, ActivityContext context, CancellationToken ct) =>
        ValueTask.FromResult(Done(NoOutput.Value));
}

internal sealed class BenchDbContext(DbContextOptions<BenchDbContext> options) : DbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyWorkflowModel();
}

/// <summary>One node as the hub would build it: its DbContext, a Hangfire client on Redis, the runtime.</summary>
internal sealed class BenchNode(ServiceProvider services, StackExchange.Redis.ConnectionMultiplexer redis) : IAsyncDisposable
{
    /// <summary>SQLite's synchronous mode for every connection: in WAL mode NORMAL survives a process crash, FULL also a power loss.</summary>
    public static string Synchronous { get; set; } = "NORMAL";

    public IWorkflowRuntime Runtime => services.GetRequiredService<IWorkflowRuntime>();

    public static async Task<BenchNode> StartAsync((string Connection, bool Postgres) database, RedisServer redisServer, WorkflowExecution execution)
    {
        var redis = redisServer.Connect();
        var storage = new RedisStorage(redis, new RedisStorageOptions { Prefix = "bench:hangfire:" });
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IBackgroundJobClient>(new BackgroundJobClient(storage))
            .AddSingleton<IRecurringJobManager>(new RecurringJobManager(storage))
            .AddDbContext<BenchDbContext>(db =>
            {
                if (database.Postgres)
                {
                    db.UseNpgsql(database.Connection);
                }
                else
                {
                    db.UseSqlite(database.Connection).AddInterceptors(new SqliteSynchronousMode(Synchronous));
                }
            })
            .AddWorkflows<BenchDbContext>(o =>
            {
                o.Execution = execution;
                foreach (var definition in WorkflowsBenchmark.Definitions())
                {
                    o.Add(definition);
                }
            })
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BenchDbContext>();
        await db.Database.EnsureCreatedAsync();
        if (!database.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        return new BenchNode(services, redis);
    }

    public async Task<int> CountLogAsync() => await QueryAsync(db => db.Set<WorkflowLogEntry>().CountAsync());

    public async Task<int> CountBookmarksAsync() => await QueryAsync(db => db.Set<WorkflowBookmark>().CountAsync());

    private async Task<int> QueryAsync(Func<BenchDbContext, Task<int>> query)
    {
        await using var scope = services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BenchDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await redis.DisposeAsync();
    }
}

/// <summary>PRAGMA synchronous is per connection, so it is set on every open.</summary>
internal sealed class SqliteSynchronousMode(string mode) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA synchronous={mode};";
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA synchronous={mode};";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
