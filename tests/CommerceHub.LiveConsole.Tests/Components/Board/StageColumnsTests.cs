using Bunit;
using CommerceHub.HubApi.Contracts.Consignments;
using CommerceHub.LiveConsole.Board;
using CommerceHub.LiveConsole.Components.Board;
using CommerceHub.LiveConsole.Tests.Infrastructure;

namespace CommerceHub.LiveConsole.Tests.Components.Board;

public sealed class StageColumnsTests : BunitContext
{
    [Fact]
    public void StageColumns_JoinedState_GroupsByStageInRouteOrderAndLeavesOtherWarehousesOut()
    {
        var board = new WarehouseBoard("PXG");
        board.Apply(new WarehouseBoardState("PXG",
        [
            BoardSamples.Summary("P-3", ConsignmentStage.Released, minute: 1),
            BoardSamples.Summary("P-1", ConsignmentStage.AwaitingInbound, minute: 1),
            BoardSamples.Summary("P-2", ConsignmentStage.AwaitingInbound, minute: 2),
            BoardSamples.Summary("P-4", ConsignmentStage.Declaring),
            BoardSamples.Summary("H-1", ConsignmentStage.Declaring, warehouse: "HKO"),
        ], []));

        var cut = this.RenderIn<StageColumns>("zh-CN", p => p.Add(c => c.Board, board));

        var stages = cut.FindAll("[data-stage]").Select(s => s.GetAttribute("data-stage")).ToList();
        Assert.Equal(["AwaitingInbound", "Declaring", "Released"], stages);
        var awaiting = cut.Find("[data-testid=stage-AwaitingInbound]");
        Assert.Contains("待入库", awaiting.QuerySelector("h2")!.TextContent);
        // Most recently changed first.
        Assert.Equal(["P-2", "P-1"], awaiting.QuerySelectorAll("[data-parcel]").Select(e => e.GetAttribute("data-parcel")).ToList());
        Assert.Equal("1", cut.Find("[data-testid=stage-Declaring] [data-testid=stage-count]").TextContent);
        Assert.Empty(cut.FindAll("[data-parcel='H-1']"));
    }

    [Fact]
    public void StageColumns_ConsignmentChanged_MovesTheCardWithoutAReload()
    {
        var id = Guid.NewGuid();
        var board = new WarehouseBoard("PXG");
        board.Apply(new WarehouseBoardState("PXG", [BoardSamples.Summary("P-1", ConsignmentStage.AwaitingInbound, id: id)], []));
        var cut = this.RenderIn<StageColumns>("en", p => p.Add(c => c.Board, board));
        Assert.Single(cut.FindAll("[data-testid=stage-AwaitingInbound] [data-parcel='P-1']"));

        board.Apply(BoardSamples.Summary("P-1", ConsignmentStage.InWarehouse, minute: 5, id: id) with { OpenIncidents = 1 });
        cut.Render();

        Assert.Empty(cut.FindAll("[data-testid=stage-AwaitingInbound]"));
        var card = cut.Find("[data-testid=stage-InWarehouse] [data-parcel='P-1']");
        Assert.Equal("⚠ 1", card.QuerySelector("[data-testid=incident-count]")!.TextContent);
        Assert.Equal(id, board.LastChanged);
    }

    [Fact]
    public void WarehouseBoard_OlderChangeAfterANewerOne_IsIgnored()
    {
        var id = Guid.NewGuid();
        var board = new WarehouseBoard("PXG");
        board.Apply(BoardSamples.Summary("P-1", ConsignmentStage.Released, minute: 9, id: id));

        board.Apply(BoardSamples.Summary("P-1", ConsignmentStage.Declaring, minute: 4, id: id));

        Assert.Equal(ConsignmentStage.Released, board.Find(id)!.Stage);
    }

    [Fact]
    public void WarehouseBoard_IncidentResolved_LeavesTheOpenList()
    {
        var board = new WarehouseBoard("PXG");
        var incident = BoardSamples.Incident(Guid.NewGuid());
        board.Apply(new WarehouseBoardState("PXG", [], [incident]));
        Assert.Single(board.OpenIncidents);

        board.Apply(incident with { Open = false });

        Assert.Empty(board.OpenIncidents);
        Assert.Equal(incident.ConsignmentId, board.LastChanged);
    }

    [Fact]
    public void ConsignmentCard_Clicked_RaisesItsId()
    {
        var summary = BoardSamples.Summary("P-9", ConsignmentStage.Inspection);
        Guid? selected = null;
        var cut = this.RenderIn<ConsignmentCard>("en", p => p.Add(c => c.Consignment, summary).Add(c => c.OnSelect, id => selected = id));

        cut.Find("button").Click();

        Assert.Equal(summary.Id, selected);
    }
}
