using CommerceHub.Testing;
using CommerceHub.Workflows.Instances;
using CommerceHub.Workflows.Runtime;
using CommerceHub.Workflows.Tests.Support;

namespace CommerceHub.Workflows.Tests;

[Collection(InlineCollection.Name)]
public sealed class IncidentTests(RedisServer redis) : InlineTest(redis)
{
    private async Task<(Guid Instance, WorkflowIncident Incident)> StartFaultedAsync()
    {
        Probe.CarrierDown = true;
        var id = await Runtime.StartAsync("carrier", correlationId: "order-7");
        var view = await Runtime.GetAsync(id);
        Assert.Equal(WorkflowStatus.Faulted, view.Status);
        Assert.Equal("incident at book", view.SubStatus);
        var incident = Assert.Single(view.OpenIncidents);
        Assert.Equal(("book", "carrier API unavailable", false), (incident.Step, incident.Message, incident.DuringCompensation));
        Assert.Equal(typeof(InvalidOperationException).FullName, incident.ExceptionType);
        return (id, incident);
    }

    [Fact]
    public async Task Retry_AfterTheCauseIsFixed_RunsTheStepAgainAndFinishes()
    {
        var (id, incident) = await StartFaultedAsync();
        Probe.CarrierDown = false;

        await Runtime.RetryAsync(incident.Id);

        var view = await Runtime.GetAsync(id);
        Assert.Equal((WorkflowStatus.Finished, "booked"), (view.Status, view.SubStatus));
        Assert.Empty(view.OpenIncidents);
        Assert.Equal(1, view.IncidentCount);
        Assert.Equal(2, Probe.Runs(id, "book"));
        Assert.Equal(1, Probe.Runs(id, "reserve"));
        Assert.Contains(view.Log, l => l.Event == "retried");
        await Assert.ThrowsAsync<WorkflowConflictException>(() => Runtime.RetryAsync(incident.Id));
    }

    [Fact]
    public async Task Retry_StillFailing_OpensANewIncident()
    {
        var (id, incident) = await StartFaultedAsync();

        await Runtime.RetryAsync(incident.Id);

        var view = await Runtime.GetAsync(id);
        Assert.Equal(WorkflowStatus.Faulted, view.Status);
        Assert.NotEqual(incident.Id, Assert.Single(view.OpenIncidents).Id);
        Assert.Equal(2, view.IncidentCount);
    }

    [Fact]
    public async Task Skip_WithAnOutcome_FollowsThatTransitionWithoutRunningTheStep()
    {
        var (id, incident) = await StartFaultedAsync();

        await Runtime.SkipAsync(incident.Id, "manual");

        var view = await Runtime.GetAsync(id);
        Assert.Equal((WorkflowStatus.Finished, "manual"), (view.Status, view.SubStatus));
        Assert.Equal(1, Probe.Runs(id, "book"));
    }

    [Fact]
    public async Task Skip_WithAnOutcomeTheStepDoesNotHave_IsRefused()
    {
        var (id, incident) = await StartFaultedAsync();

        await Assert.ThrowsAsync<WorkflowValidationException>(() => Runtime.SkipAsync(incident.Id, "teleported"));

        Assert.Equal(WorkflowStatus.Faulted, (await Runtime.GetAsync(id)).Status);
    }

    [Fact]
    public async Task Cancel_FaultedInstance_UndoesDoneStepsAndEndsCancelled()
    {
        var (id, _) = await StartFaultedAsync();

        await Runtime.CancelAsync(id, "merchant withdrew the order");

        var view = await Runtime.GetAsync(id);
        Assert.Equal((WorkflowStatus.Cancelled, "cancelled"), (view.Status, view.SubStatus));
        Assert.Empty(view.OpenIncidents);
        Assert.Equal([$"{id}:undo:reserve"], Probe.Journal);
        Assert.Contains(view.Log, l => l.Event == "cancel requested" && l.Detail == "merchant withdrew the order");
        await Assert.ThrowsAsync<WorkflowConflictException>(() => Runtime.CancelAsync(id, "again"));
    }

    [Fact]
    public async Task Cancel_SuspendedInstance_RemovesItsBookmark()
    {
        var id = await Runtime.StartAsync("parcel", new { parcelNo = "P-C" });

        await Runtime.CancelAsync(id, "lost parcel");

        Assert.Equal(WorkflowStatus.Cancelled, (await Runtime.GetAsync(id)).Status);
        Assert.Equal(DeliveryOutcome.Parked, (await Runtime.DeliverAsync(new Stimulus("scan", "P-C"))).Outcome);
    }

    [Fact]
    public async Task OperatorActions_UnknownIds_AreNotFound()
    {
        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => Runtime.RetryAsync(Guid.NewGuid()));
        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => Runtime.SkipAsync(Guid.NewGuid()));
        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => Runtime.CancelAsync(Guid.NewGuid(), "x"));
        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => Runtime.GetAsync(Guid.NewGuid()));
        await Assert.ThrowsAsync<WorkflowValidationException>(() => Runtime.CancelAsync(Guid.NewGuid(), " "));
    }
}
