using Bunit;
using CommerceHub.HubApi.Contracts.Consignments;
using CommerceHub.LiveConsole.Board;
using CommerceHub.LiveConsole.Components.Board;
using CommerceHub.LiveConsole.Tests.Infrastructure;
using QRCoder;

namespace CommerceHub.LiveConsole.Tests.Components.Board;

public sealed class LabelAndRouteTests : BunitContext
{
    [Fact]
    public void ParcelLabelCard_Consignment_EncodesTheScanPayloadThatTheHubReadsBack()
    {
        var summary = BoardSamples.Summary("PX0001", ConsignmentStage.InWarehouse) with { CopNo = "COP-20261123-0001" };
        var cut = this.RenderIn<ParcelLabelCard>("th", p => p.Add(c => c.Detail, BoardSamples.Detail(summary)));

        var qr = cut.Find("[data-testid=label-qr]");
        Assert.Equal("CHUB1|COP-20261123-0001|PX0001", qr.GetAttribute("data-payload"));
        // No QR reader is served by the package registry here, so the drawing is checked against the generator's own
        // for that payload, and the payload against the hub's reader.
        Assert.True(ScanPayloads.TryReadParcel(qr.GetAttribute("data-payload")!, out var parcel));
        Assert.Equal("PX0001", parcel);
        var svg = qr.QuerySelector("svg")!;
        using var expected = QRCodeGenerator.GenerateQrCode("CHUB1|COP-20261123-0001|PX0001", QRCodeGenerator.ECCLevel.Q);
        Assert.Equal(ModulePath(new SvgQRCode(expected).GetGraphic(4)), svg.QuerySelector("path")!.GetAttribute("d"));
        Assert.Equal("PX0001", cut.Find("[data-testid=label-parcel]").TextContent);
        Assert.Contains("4 × TEA-01, CUP-02", cut.Markup);
    }

    [Fact]
    public void ParcelLabelCard_AnotherParcel_DrawsAnotherCode()
    {
        var first = this.RenderIn<ParcelLabelCard>("en", p => p.Add(c => c.Detail, BoardSamples.Detail(BoardSamples.Summary("PX0001", ConsignmentStage.InWarehouse))));
        var second = this.RenderIn<ParcelLabelCard>("en", p => p.Add(c => c.Detail, BoardSamples.Detail(BoardSamples.Summary("PX0002", ConsignmentStage.InWarehouse))));

        Assert.NotEqual(first.Find("svg path").GetAttribute("d"), second.Find("svg path").GetAttribute("d"));
    }

    [Fact]
    public void RouteLayout_HubMermaid_ReadsStepsTransitionsAndLayersFromTheStart()
    {
        var layout = RouteLayout.Parse(BoardSamples.Mermaid);

        Assert.Equal(["inbound", "declare", "await-release", "load", "rejected", "done"], layout.Nodes.OrderBy(n => n.Layer).ThenBy(n => n.Slot).Select(n => n.Step).ToList());
        Assert.Equal("waits for scan:inbound", layout.Nodes.Single(n => n.Step == "inbound").Note);
        Assert.Equal("s0", layout.Start);
        Assert.Equal(6, layout.Edges.Count);
        Assert.Contains(new RouteEdge("s4", "s1", "resubmitted"), layout.Edges);
        // load and rejected are both one step after await-release: side by side in one row.
        Assert.Equal((3, 3), (layout.Nodes.Single(n => n.Step == "load").Layer, layout.Nodes.Single(n => n.Step == "rejected").Layer));
        Assert.Equal(5, layout.Layers);
        Assert.Equal(2, layout.Width);
    }

    [Fact]
    public void RouteGraphView_Instance_MarksTheCurrentAndTheVisitedSteps()
    {
        var graph = new RouteGraph("consignment-9610", 2, BoardSamples.Mermaid, "await-release", ["inbound", "declare"]);

        var cut = Render<RouteGraphView>(p => p.Add(c => c.Graph, graph));

        var states = cut.FindAll("[data-testid=route-step]").ToDictionary(e => e.GetAttribute("data-step")!, e => e.GetAttribute("data-state"));
        Assert.Equal("current", states["await-release"]);
        Assert.Equal("visited", states["inbound"]);
        Assert.Equal("visited", states["declare"]);
        Assert.Equal("ahead", states["load"]);
        Assert.Equal("ahead", states["rejected"]);
        Assert.Equal(6, cut.FindAll("g.edge").Count);
        Assert.Equal(["inbound→declare", "declare→await-release"],
            cut.FindAll("g.edge.taken").Select(e => $"{e.GetAttribute("data-from")}→{e.GetAttribute("data-to")}").ToList());
        Assert.Contains("consignment-9610 v2", cut.Find("figcaption").TextContent);
    }

    private static string ModulePath(string svg)
    {
        var start = svg.IndexOf(" d=\"", StringComparison.Ordinal) + 4;
        return svg[start..svg.IndexOf('"', start)];
    }
}
