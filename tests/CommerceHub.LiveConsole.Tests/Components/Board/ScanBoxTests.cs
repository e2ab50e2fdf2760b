using Bunit;
using CommerceHub.HubApi.Contracts.Consignments;
using CommerceHub.LiveConsole.Components.Board;
using Microsoft.AspNetCore.SignalR;

namespace CommerceHub.LiveConsole.Tests.Components.Board;

public sealed class ScanBoxTests : BunitContext
{
    [Theory]
    [InlineData("en", "resumed", "Done: the route moved on")]
    [InlineData("en", "duplicate", "Already scanned: nothing changed")]
    [InlineData("en", "parked", "Noted: it counts when the route reaches this station")]
    [InlineData("en", "unknown", "Unknown parcel")]
    [InlineData("zh-CN", "duplicate", "重复扫描：未作更改")]
    [InlineData("vi", "resumed", "Xong: quy trình đã chuyển tiếp")]
    [InlineData("ru", "unknown", "Неизвестная посылка")]
    [InlineData("th", "parked", "พักไว้: จะนับเมื่อขั้นตอนมาถึงจุดนี้")]
    [InlineData("kk", "resumed", "Дайын: маршрут алға жылжыды")]
    public void ScanBox_HubAnswers_ShowsTheOutcomeInTheLanguageAndTheHubsMessage(string language, string outcome, string headline)
    {
        var cut = this.RenderIn<ScanBox>(language, p => p.Add(c => c.WarehouseCode, "PXG")
            .Add(c => c.OnScan, r => Task.FromResult(new ScanResult(outcome, null, "PX0001", $"hub says {outcome}"))));

        cut.Find("[data-testid=scan-input]").Change("PX0001");
        cut.Find("form").Submit();

        var result = cut.Find("[data-testid=scan-result]");
        Assert.Equal(outcome, result.GetAttribute("data-outcome"));
        Assert.Equal(headline, cut.Find("[data-testid=scan-headline]").TextContent);
        Assert.Equal($"hub says {outcome}", cut.Find("[data-testid=scan-message]").TextContent);
        Assert.Contains(outcome, result.ClassList);
    }

    [Fact]
    public void ScanBox_WedgeScannerInput_SendsTrimmedPayloadAtTheStationAndClearsForTheNextParcel()
    {
        var sent = new List<ScanRequest>();
        var cut = this.RenderIn<ScanBox>("en", p => p.Add(c => c.WarehouseCode, "PXG").Add(c => c.OnScan, r =>
        {
            sent.Add(r);
            return Task.FromResult(new ScanResult("resumed", Guid.NewGuid(), "PX0001", "ok"));
        }));

        cut.Find("[data-testid=scan-station]").Change(ScanStations.Pack);
        cut.Find("[data-testid=scan-input]").Change("  CHUB1|COP1|PX0001\t");
        cut.Find("form").Submit();

        var request = Assert.Single(sent);
        Assert.Equal(("PXG", "pack", "CHUB1|COP1|PX0001", (string?)null), (request.WarehouseCode, request.Station, request.Payload, request.LoadRef));
        Assert.False(string.IsNullOrEmpty(request.ScanId));
        Assert.Equal("", cut.Find("[data-testid=scan-input]").GetAttribute("value"));
        // The field keeps the focus, so the next parcel can be scanned at once.
        Assert.Contains(JSInterop.Invocations, i => i.Identifier.Contains("focus", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ScanBox_LoadScanWithoutLoadRef_IsRefusedBeforeTheHubAndSentWithIt()
    {
        var sent = new List<ScanRequest>();
        var cut = this.RenderIn<ScanBox>("en", p => p.Add(c => c.WarehouseCode, "PXG").Add(c => c.OnScan, r =>
        {
            sent.Add(r);
            return Task.FromResult(new ScanResult("resumed", Guid.NewGuid(), "PX0001", "ok"));
        }));

        cut.Find("[data-testid=scan-station]").Change(ScanStations.Load);
        cut.Find("[data-testid=scan-input]").Change("PX0001");
        cut.Find("form").Submit();
        Assert.Empty(sent);
        Assert.Equal("A load scan needs the load reference.", cut.Find("[data-testid=scan-result]").TextContent);

        cut.Find("[data-testid=scan-load]").Change("TRUCK-GX-A1234");
        cut.Find("[data-testid=scan-input]").Change("PX0001");
        cut.Find("form").Submit();
        Assert.Equal("TRUCK-GX-A1234", Assert.Single(sent).LoadRef);
    }

    [Fact]
    public void ScanBox_HubRefuses_ShowsTheHubsReasonWithoutSignalRsPrefix()
    {
        var cut = this.RenderIn<ScanBox>("en", p => p.Add(c => c.WarehouseCode, "PXG").Add(c => c.OnScan, _ =>
            Task.FromException<ScanResult>(new HubException("An unexpected error occurred invoking 'Scan' on the server. HubException: Station 'x' is not a scan station."))));

        cut.Find("[data-testid=scan-input]").Change("PX0001");
        cut.Find("form").Submit();

        Assert.Equal("The hub refused: Station 'x' is not a scan station.", cut.Find("[data-testid=scan-result]").TextContent);
    }
}
