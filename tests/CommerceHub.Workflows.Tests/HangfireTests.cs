using CommerceHub.Testing;
using CommerceHub.Workflows.Instances;
using CommerceHub.Workflows.Runtime;
using CommerceHub.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.Workflows.Tests;

/// <summary>Steps and timers executed by real Hangfire servers on redis-server, with SQLite as the hub's database.</summary>
[Collection(HangfireCollection.Name)]
public sealed class HangfireTests(RedisServer redis)
{
    private readonly Probe _probe = new();

    [Fact]
    public async Task Delay_FiresAsAScheduledJob_AndTheRouteContinues()
    {
        await using var node = await WorkflowNode.StartAsync(NodeStore.Sqlite(redis), _probe, WorkflowExecution.Hangfire, server: true);

        var id = await node.Runtime.StartAsync("timed");

        var waiting = await node.WaitForAsync(id, i => i.Status == WorkflowStatus.Suspended);
        Assert.Equal(("cool-off", "waiting for timer"), (waiting.CurrentStep, waiting.SubStatus));
        var bookmark = await node.QueryAsync(db => db.Set<WorkflowBookmark>().SingleAsync());
        Assert.NotNull(bookmark.DueAt);
        var done = await node.WaitForAsync(id, i => i.Status == WorkflowStatus.Finished);
        Assert.Equal("end", done.SubStatus);
        Assert.Equal((1, 1), (_probe.Runs(id, "a"), _probe.Runs(id, "b")));
        var log = (await node.Runtime.GetAsync(id)).Log;
        var fired = Assert.Single(log, l => l.Event == "timer");
        Assert.True(fired.At >= bookmark.DueAt, "The timer resumed the instance before it was due.");
    }

    [Fact]
    public async Task WaitWithTimeout_NoStimulus_TakesTheTimeoutOutcome_AndALateStimulusIsParked()
    {
        await using var node = await WorkflowNode.StartAsync(NodeStore.Sqlite(redis), _probe, WorkflowExecution.Hangfire, server: true);

        var id = await node.Runtime.StartAsync("escalation", new { copNo = "COP-SLOW" });

        var done = await node.WaitForAsync(id, i => i.Status == WorkflowStatus.Finished);
        Assert.Equal("escalated", done.SubStatus);
        Assert.Equal(DeliveryOutcome.Parked, (await node.Runtime.DeliverAsync(new Stimulus("release", "COP-SLOW"))).Outcome);
    }

    [Fact]
    public async Task WaitWithTimeout_StimulusFirst_WinsAndTheLaterTimerDoesNothing()
    {
        await using var node = await WorkflowNode.StartAsync(NodeStore.Sqlite(redis), _probe, WorkflowExecution.Hangfire, server: true);
        var id = await node.Runtime.StartAsync("escalation", new { copNo = "COP-FAST" });
        await node.WaitForAsync(id, i => i.Status == WorkflowStatus.Suspended);

        Assert.Equal(DeliveryOutcome.Resumed, (await node.Runtime.DeliverAsync(new Stimulus("release", "COP-FAST"))).Outcome);

        var done = await node.WaitForAsync(id, i => i.Status == WorkflowStatus.Finished);
        Assert.Equal("released", done.SubStatus);
        await Task.Delay(TimeSpan.FromSeconds(3)); // past the timer's due time and the 1 s schedule polling
        var after = await node.Runtime.GetAsync(id);
        Assert.Equal(done.Revision, after.Log[^1].Revision);
        Assert.DoesNotContain(after.Log, l => l.Event == "timer");
    }

    [Fact]
    public async Task Restart_HostDisposedMidRoute_NewHostContinues_NoStepRunsTwice()
    {
        var store = NodeStore.Sqlite(redis);
        Guid id;
        await using (var first = await WorkflowNode.StartAsync(store, _probe, WorkflowExecution.Hangfire, server: true))
        {
            id = await first.Runtime.StartAsync("restartable", new { parcelNo = "P-R" });
            await first.WaitForAsync(id, i => i.Status == WorkflowStatus.Suspended && i.CurrentStep == "scan");
            await first.Runtime.DeliverAsync(new Stimulus("scan", "P-R", Id: "scan-r"));
            // Stop while the route waits on its 3 s timer: the timer job sits in Redis, the state in the database.
            await first.WaitForAsync(id, i => i.Status == WorkflowStatus.Suspended && i.CurrentStep == "cool-off");
        }

        Assert.Equal(WorkflowStatus.Suspended, (await InstanceAsync(store, id)).Status);
        await using var second = await WorkflowNode.StartAsync(store, _probe, WorkflowExecution.Hangfire, server: true);
        Assert.Equal(DeliveryOutcome.Duplicate, (await second.Runtime.DeliverAsync(new Stimulus("scan", "P-R", Id: "scan-r"))).Outcome);

        var done = await second.WaitForAsync(id, i => i.Status == WorkflowStatus.Finished);

        Assert.Equal("end", done.SubStatus);
        Assert.Equal((1, 1, 1), (_probe.Runs(id, "a"), _probe.Runs(id, "b"), _probe.Runs(id, "c")));
        var effects = await second.QueryAsync(db => db.Set<Effect>().Where(e => e.InstanceId == id).Select(e => e.Step).ToListAsync());
        Assert.Equal(["a", "b", "c"], effects.Order());
    }

    private async Task<WorkflowInstance> InstanceAsync(NodeStore store, Guid id)
    {
        await using var reader = await WorkflowNode.StartAsync(store, _probe, WorkflowExecution.Inline, server: false);
        return await reader.InstanceAsync(id);
    }
}
