using System.Collections.Concurrent;
using CommerceHub.Testing;
using CommerceHub.Workflows.Instances;
using CommerceHub.Workflows.Runtime;
using CommerceHub.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.Workflows.Tests;

/// <summary>Two hub nodes (two service providers, two Hangfire servers) on one redis-server and one PostgreSQL database.</summary>
[Collection(HangfireCollection.Name)]
public sealed class TwoNodeTests(RedisServer redis, PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private readonly Probe _probe = new();

    private NodeStore Store() =>
        new(postgres.ConnectionString($"wf_{Guid.NewGuid():N}"), true, redis, $"wf{Guid.NewGuid():N}:");

    [Fact]
    public async Task TwoNodes_ResumeTenThousandBookmarksConcurrently_EachExactlyOnce()
    {
        const int instances = 10_000;
        const int duplicates = 2_000;
        // Hangfire's client is synchronous; with many parallel deliveries on 2 cores the pool must not starve the Redis socket.
        ThreadPool.SetMinThreads(64, 64);
        var store = Store();
        var ids = new Guid[instances];
        await using (var seeder = await WorkflowNode.StartAsync(store, _probe, WorkflowExecution.Inline, server: false))
        {
            await Parallel.ForAsync(0, instances, new ParallelOptions { MaxDegreeOfParallelism = 16 },
                async (i, ct) => ids[i] = await seeder.Runtime.StartAsync("resume", new { parcelNo = $"P{i}" }, ct: ct));
        }

        await using var a = await WorkflowNode.StartAsync(store, _probe, WorkflowExecution.Hangfire, server: true, workers: 8);
        await using var b = await WorkflowNode.StartAsync(store, _probe, WorkflowExecution.Hangfire, server: true, workers: 8);
        Assert.Equal(instances, await a.QueryAsync(db => db.Set<WorkflowBookmark>().CountAsync()));

        // Every parcel is scanned once, 2,000 of them twice (a scanner retry), in random order from both nodes at once.
        var deliveries = Enumerable.Range(0, instances).Concat(Enumerable.Range(0, duplicates).Select(i => i * 5)).ToArray();
        Random.Shared.Shuffle(deliveries);
        var outcomes = new ConcurrentBag<DeliveryResult>();
        await Parallel.ForAsync(0, deliveries.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (n, ct) =>
        {
            var node = n % 2 == 0 ? a : b;
            var parcel = deliveries[n];
            outcomes.Add(await node.Runtime.DeliverAsync(new Stimulus("scan", $"P{parcel}", new { dock = n % 7 }, Id: $"scan-{parcel}"), ct));
        });

        Assert.Equal(instances, outcomes.Count(o => o.Outcome == DeliveryOutcome.Resumed));
        Assert.Equal(duplicates, outcomes.Count(o => o.Outcome == DeliveryOutcome.Duplicate));
        Assert.Equal(instances, outcomes.Where(o => o.Outcome == DeliveryOutcome.Resumed).Select(o => o.InstanceId).Distinct().Count());
        await WaitUntilAsync(a, db => db.Set<WorkflowInstance>().CountAsync(i => i.Status == WorkflowStatus.Finished), instances);

        Assert.All(ids, id => Assert.Equal(1, _probe.Runs(id, "after")));
        var effects = await a.QueryAsync(db => db.Set<Effect>().GroupBy(e => e.InstanceId).Select(g => g.Count()).ToListAsync());
        Assert.Equal(instances, effects.Count);
        Assert.All(effects, count => Assert.Equal(1, count));
        Assert.Equal(0, await a.QueryAsync(db => db.Set<WorkflowBookmark>().CountAsync()));
        Assert.Equal(0, await a.QueryAsync(db => db.Set<ParkedStimulus>().CountAsync()));
        Assert.Equal(0, await a.QueryAsync(db => db.Set<WorkflowIncident>().CountAsync()));
        Assert.Equal(instances, await a.QueryAsync(db => db.Set<WorkflowLogEntry>().CountAsync(l => l.Event == "resumed")));
    }

    [Fact]
    public async Task TwoNodes_StimuliRacingTheirWaits_AreNeitherLostNorDeliveredTwice()
    {
        const int instances = 500;
        var store = Store();
        await using var a = await WorkflowNode.StartAsync(store, _probe, WorkflowExecution.Hangfire, server: true, workers: 8);
        await using var b = await WorkflowNode.StartAsync(store, _probe, WorkflowExecution.Hangfire, server: true, workers: 8);
        var ids = new ConcurrentBag<Guid>();

        // Node a starts the routes (their waits begin in jobs) while node b delivers the scans: some arrive before
        // the bookmark exists and are parked, others meet it.
        await Task.WhenAll(
            Parallel.ForAsync(0, instances, new ParallelOptions { MaxDegreeOfParallelism = 8 },
                async (i, ct) => ids.Add(await a.Runtime.StartAsync("resume", new { parcelNo = $"R{i}" }, ct: ct))),
            Parallel.ForAsync(0, instances, new ParallelOptions { MaxDegreeOfParallelism = 8 },
                async (i, ct) => await b.Runtime.DeliverAsync(new Stimulus("scan", $"R{i}", Id: $"race-{i}"), ct)));
        await WaitUntilAsync(a, db => db.Set<WorkflowInstance>().CountAsync(i => i.Status == WorkflowStatus.Finished), instances);

        Assert.All(ids, id => Assert.Equal(1, _probe.Runs(id, "after")));
        Assert.Equal(0, await a.QueryAsync(db => db.Set<ParkedStimulus>().CountAsync()));
        Assert.Equal(0, await a.QueryAsync(db => db.Set<WorkflowBookmark>().CountAsync()));
    }

    private static async Task WaitUntilAsync(WorkflowNode node, Func<TestDbContext, Task<int>> count, int expected, int seconds = 240)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        int current;
        while ((current = await node.QueryAsync(count)) < expected)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Only {current} of {expected} instances finished.");
            }

            await Task.Delay(250);
        }
    }
}
