using CommerceHub.Testing;
using CommerceHub.Workflows.Instances;
using CommerceHub.Workflows.Runtime;
using CommerceHub.Workflows.Tests.Support;

namespace CommerceHub.Workflows.Tests;

[Collection(InlineCollection.Name)]
public sealed class MigrationTests(RedisServer redis) : InlineTest(redis)
{
    protected override void Configure(WorkflowOptions options) => options.Add(Routes.ParcelV2);

    [Fact]
    public async Task RunningInstance_KeepsItsVersion_NewInstancesTakeTheLatest()
    {
        var old = await StartOnV1Async("P-OLD");
        var fresh = await Runtime.StartAsync("parcel", new { parcelNo = "P-NEW" });
        Assert.Equal(2, (await Runtime.GetAsync(fresh)).Version);

        await Runtime.DeliverAsync(new Stimulus("scan", "P-OLD"));

        var view = await Runtime.GetAsync(old);
        Assert.Equal((WorkflowStatus.Finished, 1), (view.Status, view.Version));
        Assert.Equal(0, Probe.Runs(old, "inspect"));
    }

    [Fact]
    public async Task Migrate_SuspendedInstance_ContinuesOnTheNewVersion()
    {
        var id = await StartOnV1Async("P-MIG");

        await Runtime.MigrateAsync(id, 2);
        Assert.Equal((WorkflowStatus.Suspended, 2), ((await Runtime.GetAsync(id)).Status, (await Runtime.GetAsync(id)).Version));
        await Runtime.DeliverAsync(new Stimulus("scan", "P-MIG"));

        var view = await Runtime.GetAsync(id);
        Assert.Equal(WorkflowStatus.Finished, view.Status);
        Assert.Equal(1, Probe.Runs(id, "inspect"));
        Assert.Equal(1, Probe.Runs(id, "pick"));
        Assert.Contains(view.Log, l => l.Event == "migrated" && l.Detail == "v1 to v2");
    }

    [Fact]
    public async Task Migrate_ToAnotherStep_DropsTheWaitAndRunsFromThere()
    {
        var id = await StartOnV1Async("P-JUMP");

        await Runtime.MigrateAsync(id, 2, "inspect");

        Assert.Equal(WorkflowStatus.Finished, (await Runtime.GetAsync(id)).Status);
        Assert.Equal(DeliveryOutcome.Parked, (await Runtime.DeliverAsync(new Stimulus("scan", "P-JUMP"))).Outcome);
    }

    [Fact]
    public async Task Migrate_InvalidTargets_AreRefused()
    {
        var id = await StartOnV1Async("P-BAD");

        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => Runtime.MigrateAsync(id, 9));
        await Assert.ThrowsAsync<WorkflowValidationException>(() => Runtime.MigrateAsync(id, 2, "no-such-step"));
        await Runtime.DeliverAsync(new Stimulus("scan", "P-BAD"));
        await Assert.ThrowsAsync<WorkflowConflictException>(() => Runtime.MigrateAsync(id, 2));
    }

    /// <summary>Starts an instance that is pinned to v1, as one started before v2 was deployed would be.</summary>
    private async Task<Guid> StartOnV1Async(string parcel)
    {
        var id = await Runtime.StartAsync("parcel", new { parcelNo = parcel });
        await Runtime.MigrateAsync(id, 1);
        var view = await Runtime.GetAsync(id);
        Assert.Equal((WorkflowStatus.Suspended, 1), (view.Status, view.Version));
        return id;
    }
}
