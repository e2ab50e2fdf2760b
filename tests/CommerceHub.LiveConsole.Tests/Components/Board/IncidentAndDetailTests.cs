using Bunit;
using CommerceHub.HubApi.Contracts.Consignments;
using CommerceHub.LiveConsole.Components.Board;
using CommerceHub.LiveConsole.Hub;
using CommerceHub.LiveConsole.Tests.Infrastructure;

namespace CommerceHub.LiveConsole.Tests.Components.Board;

public sealed class IncidentAndDetailTests : BunitContext
{
    [Theory]
    [InlineData("incident-retry", IncidentAction.Retry)]
    [InlineData("incident-skip", IncidentAction.Skip)]
    [InlineData("incident-cancel", IncidentAction.Cancel)]
    public void IncidentList_ButtonClicked_RaisesThatActionForThatIncident(string button, IncidentAction expected)
    {
        var first = BoardSamples.Incident(Guid.NewGuid());
        var second = BoardSamples.Incident(Guid.NewGuid(), error: "CEB900: schema");
        var raised = new List<(IncidentView, IncidentAction)>();
        var cut = this.RenderIn<IncidentList>("en", p => p.Add(c => c.Incidents, [first, second])
            .Add(c => c.OnAction, (i, a) => { raised.Add((i, a)); return Task.CompletedTask; }));

        cut.Find($"[data-incident='{second.Id}'] [data-testid={button}]").Click();

        Assert.Equal([(second, expected)], raised);
    }

    [Fact]
    public void IncidentList_ResolvedOrWithoutConsignment_OffersNoButtons()
    {
        var resolved = BoardSamples.Incident(Guid.NewGuid(), open: false);
        var orphan = BoardSamples.Incident(null);
        var cut = this.RenderIn<IncidentList>("vi", p => p.Add(c => c.Incidents, [resolved, orphan]).Add(c => c.OnAction, (_, _) => Task.CompletedTask));

        Assert.Empty(cut.FindAll("button"));
        Assert.Contains("Đã xử lý", cut.Find($"[data-incident='{resolved.Id}']").TextContent);
    }

    [Fact]
    public void ConsignmentPane_Detail_ShowsReceiptsWithCodeAndMeaningTimelineNewestFirstAndModeReasons()
    {
        var detail = BoardSamples.Detail(BoardSamples.Summary("PX0001", ConsignmentStage.Released));
        var cut = this.RenderIn<ConsignmentPane>("zh-CN", p => p.Add(c => c.Detail, detail).Add(c => c.OnIncident, (_, _) => Task.CompletedTask));

        var receipts = cut.FindAll("[data-testid=receipt]");
        Assert.Equal(["120", "800"], receipts.Select(r => r.GetAttribute("data-code")).ToList());
        Assert.Contains("120 海关入库", receipts[0].TextContent);
        Assert.Contains("入库成功", receipts[0].TextContent);
        Assert.Contains("800 放行", receipts[1].TextContent);
        Assert.Equal(["receipt", "customs-sent", "scan"], cut.FindAll("[data-testid=timeline-entry]").Select(e => e.GetAttribute("data-kind")).ToList());
        Assert.Contains("海关回执", cut.FindAll("[data-testid=timeline-entry]")[0].TextContent);
        Assert.Contains("value 279 CNY is under the 5,000 CNY cap", cut.Find("[data-testid=mode-reasons]").TextContent);
        Assert.Equal("已放行", cut.Find("[data-testid=detail-stage]").TextContent);
        Assert.Equal($"board/PXG/label/{detail.Summary.Id}", cut.Find("[data-testid=label-link]").GetAttribute("href"));
    }

    [Fact]
    public void ConsignmentPane_UnknownCustomsCode_ShowsTheHubsMeaning()
    {
        var detail = BoardSamples.Detail(BoardSamples.Summary("PX0001", ConsignmentStage.Declaring));
        detail = detail with { Receipts = [new CustomsReceiptView(BoardSamples.Start, "CEB900", "2", "stored by the e-port", null, "g-9")] };
        var cut = this.RenderIn<ConsignmentPane>("en", p => p.Add(c => c.Detail, detail).Add(c => c.OnIncident, (_, _) => Task.CompletedTask));

        Assert.Contains("2 stored by the e-port", cut.Find("[data-testid=receipt]").TextContent);
    }

    [Fact]
    public void ConsignmentPane_RejectedConsignment_OffersResubmitAndItsIncidentButtonsReachThePage()
    {
        var summary = BoardSamples.Summary("PX0002", ConsignmentStage.Rejected, openIncidents: 1);
        var incident = BoardSamples.Incident(summary.Id);
        var resubmitted = false;
        IncidentAction? acted = null;
        var cut = this.RenderIn<ConsignmentPane>("ru", p => p.Add(c => c.Detail, BoardSamples.Detail(summary, [incident]))
            .Add(c => c.OnIncident, (_, a) => { acted = a; return Task.CompletedTask; })
            .Add(c => c.OnResubmit, () => resubmitted = true));

        cut.Find("[data-testid=resubmit]").Click();
        cut.Find("[data-testid=incident-retry]").Click();

        Assert.True(resubmitted);
        Assert.Equal(IncidentAction.Retry, acted);
        Assert.Equal("Повторить", cut.Find("[data-testid=incident-retry]").TextContent);
    }

    [Fact]
    public void ConsignmentPane_LoadedConsignment_CannotBeCancelledFromTheBoard()
    {
        var detail = BoardSamples.Detail(BoardSamples.Summary("PX0003", ConsignmentStage.Departed));
        var cut = this.RenderIn<ConsignmentPane>("en", p => p.Add(c => c.Detail, detail).Add(c => c.OnIncident, (_, _) => Task.CompletedTask));

        Assert.Empty(cut.FindAll("[data-testid=cancel-consignment]"));
        Assert.Empty(cut.FindAll("[data-testid=resubmit]"));
    }
}
