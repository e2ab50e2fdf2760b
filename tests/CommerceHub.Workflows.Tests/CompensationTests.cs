using CommerceHub.Testing;
using CommerceHub.Workflows.Instances;
using CommerceHub.Workflows.Runtime;
using CommerceHub.Workflows.Tests.Support;

namespace CommerceHub.Workflows.Tests;

[Collection(InlineCollection.Name)]
public sealed class CompensationTests(RedisServer redis) : InlineTest(redis)
{
    [Fact]
    public async Task Rejection_UndoesTheCompensableStepsNewestFirst()
    {
        var id = await Runtime.StartAsync("consignment", new { copNo = "COP-R" });

        await Runtime.DeliverAsync(new Stimulus("receipt", "receipt:COP-R", new Receipt("100")));

        var view = await Runtime.GetAsync(id);
        Assert.Equal((WorkflowStatus.Finished, "rejected"), (view.Status, view.SubStatus));
        Assert.Equal([$"{id}:undo:declare", $"{id}:undo:reserve-stock"], Probe.Journal);
        Assert.Equal(["compensating", "compensated", "compensated", "finished"],
            view.Log.SkipWhile(l => l.Event != "compensating").Select(l => l.Event));
        Assert.Equal(["declare", "reserve-stock"], view.Log.Where(l => l.Event == "compensated").Select(l => l.Step));
    }

    [Fact]
    public async Task Acceptance_UndoesNothing()
    {
        var id = await Runtime.StartAsync("consignment", new { copNo = "COP-A" });

        await Runtime.DeliverAsync(new Stimulus("receipt", "receipt:COP-A", new Receipt("120")));

        Assert.Equal("released", (await Runtime.GetAsync(id)).SubStatus);
        Assert.Empty(Probe.Journal);
    }
}
