using CommerceHub.Testing;
using CommerceHub.Workflows.Instances;
using CommerceHub.Workflows.Runtime;
using CommerceHub.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.Workflows.Tests;

[Collection(InlineCollection.Name)]
public sealed class ResumeTests(RedisServer redis) : InlineTest(redis)
{
    [Fact]
    public async Task Start_RouteWithWait_SuspendsOnBookmarkAndLogsEveryTransition()
    {
        var id = await Runtime.StartAsync("parcel", new { parcelNo = "P-1" }, "order-1");

        var view = await Runtime.GetAsync(id);
        Assert.Equal(WorkflowStatus.Suspended, view.Status);
        Assert.Equal("waiting for scan", view.SubStatus);
        Assert.Equal("scan", view.CurrentStep);
        Assert.Equal(1, Probe.Runs(id, "pick"));
        Assert.Equal(["started", "done", "waiting"], view.Log.Select(l => l.Event));
        Assert.Equal([1L, 2, 3], view.Log.Select(l => l.Revision));
        var bookmark = await Node.QueryAsync(db => db.Set<WorkflowBookmark>().SingleAsync());
        Assert.Equal(("scan", "P-1", id), (bookmark.Stimulus, bookmark.CorrelationKey, bookmark.InstanceId));
    }

    [Fact]
    public async Task Deliver_MatchingStimulus_ResumesOnceAndMergesPayload()
    {
        var id = await Runtime.StartAsync("parcel", new { parcelNo = "P-2" });

        var first = await Runtime.DeliverAsync(new Stimulus("scan", "P-2", new { dock = "D4" }, Id: "scan-1"));
        var again = await Runtime.DeliverAsync(new Stimulus("scan", "P-2", new { dock = "D4" }, Id: "scan-1"));

        Assert.Equal(new DeliveryResult(DeliveryOutcome.Resumed, id), first);
        Assert.Equal(DeliveryOutcome.Duplicate, again.Outcome);
        var view = await Runtime.GetAsync(id);
        Assert.Equal(WorkflowStatus.Finished, view.Status);
        Assert.Equal("delivered", view.SubStatus);
        Assert.Contains("\"dock\":\"D4\"", view.Variables, StringComparison.Ordinal);
        Assert.Equal(1, Probe.Runs(id, "ship"));
        Assert.Equal(0, await Node.QueryAsync(db => db.Set<WorkflowBookmark>().CountAsync()));
        Assert.Equal(0, await Node.QueryAsync(db => db.Set<ParkedStimulus>().CountAsync()));
        Assert.Equal(2, await Node.QueryAsync(db => db.Set<Effect>().CountAsync(e => e.InstanceId == id)));
    }

    [Fact]
    public async Task Deliver_BeforeTheWaitBegins_IsParkedThenDeliveredWhenTheBookmarkAppears()
    {
        var early = await Runtime.DeliverAsync(new Stimulus("receipt", "receipt:COP-9", new Receipt("120"), Id: "r-1"));
        Assert.Equal(DeliveryOutcome.Parked, early.Outcome);

        var id = await Runtime.StartAsync("consignment", new { copNo = "COP-9" });

        var view = await Runtime.GetAsync(id);
        Assert.Equal(WorkflowStatus.Finished, view.Status);
        Assert.Equal("released", view.SubStatus);
        Assert.Contains("\"returnStatus\":\"120\"", view.Variables, StringComparison.Ordinal);
        Assert.Equal(0, await Node.QueryAsync(db => db.Set<ParkedStimulus>().CountAsync()));
        Assert.Equal(DeliveryOutcome.Duplicate, (await Runtime.DeliverAsync(new Stimulus("receipt", "receipt:COP-9", new Receipt("120"), Id: "r-1"))).Outcome);
    }

    [Fact]
    public async Task Deliver_DuplicateOfAParkedStimulus_IsRecognised()
    {
        await Runtime.DeliverAsync(new Stimulus("scan", "P-404", Id: "dup"));

        var again = await Runtime.DeliverAsync(new Stimulus("scan", "P-404", Id: "dup"));

        Assert.Equal(DeliveryOutcome.Duplicate, again.Outcome);
        Assert.Equal(1, await Node.QueryAsync(db => db.Set<ParkedStimulus>().CountAsync()));
    }

    [Theory]
    [InlineData("", "key")]
    [InlineData("bad name", "key")]
    [InlineData("scan", "")]
    [InlineData("scan", " ")]
    public async Task Deliver_InvalidStimulus_IsRefusedWithAReason(string name, string key)
    {
        var error = await Assert.ThrowsAsync<WorkflowValidationException>(() => Runtime.DeliverAsync(new Stimulus(name, key)));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public async Task Start_UnknownDefinition_IsNotFound() =>
        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => Runtime.StartAsync("no-such-route"));

    [Fact]
    public async Task Start_TwoInstancesWaitingForTheSameKey_SecondGetsAnIncident()
    {
        var first = await Runtime.StartAsync("parcel", new { parcelNo = "SAME" });
        var second = await Runtime.StartAsync("parcel", new { parcelNo = "SAME" });

        Assert.Equal(WorkflowStatus.Suspended, (await Runtime.GetAsync(first)).Status);
        var view = await Runtime.GetAsync(second);
        Assert.Equal(WorkflowStatus.Faulted, view.Status);
        Assert.Contains("SAME", Assert.Single(view.OpenIncidents).Message, StringComparison.Ordinal);
    }
}
