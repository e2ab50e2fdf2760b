using System.Net;
using CommerceHub.HubApi.Contracts.Consignments;
using CommerceHub.HubApi.Tests.Infrastructure;
using CommerceHub.HubApi.Tests.Stock;
using static CommerceHub.HubApi.Tests.Consignments.ConsignmentSteps;

namespace CommerceHub.HubApi.Tests.Consignments;

/// <summary>Whole routes against the single-window simulator over HTTP: one per mode, rejection, inspection, detention, broker.</summary>
[Collection(HubCollection.Name)]
public sealed class ConsignmentRouteTests(ConsignmentsHub hub) : IClassFixture<ConsignmentsHub>
{
    public static TheoryData<string, string?, string, string> Modes => new()
    {
        { "Consumer", null, "9610", "E" },
        { "ForeignBusiness", null, "9710", "B" },
        { "OwnOverseasWarehouse", "OWB-HN-000321", "9810", "B" },
        { "Consumer", "bonded", "1210", "E" },
    };

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Route_PerMode_RunsToDeliveredWithTheModesMessages(string buyerKind, string? extra, string mode, string orderType)
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var staff = await hub.SignInAsync(HubClient.WarehouseStaff());
        var (created, sku) = await CreateAsync(admin, buyerKind, bookingNo: extra == "bonded" ? null : extra,
            bondedZone: extra == "bonded" ? new { iacCode = "4501960009", iacName = "广西凭祥综合保税区仓储有限公司", emsNo = "T7219W000001" } : null,
            itemRecordNo: extra == "bonded" ? "7219-0001" : null);
        Assert.Equal((mode, "PXG"), (created.Summary.Mode, created.Summary.WarehouseCode));

        await InboundAndPackAsync(staff, created);
        var delivered = await ShipAsync(staff, created);

        Assert.Contains(delivered.Timeline, t => t.Kind == "customs-sent" && t.Text.Contains($"Declared as {mode}: CEB303 (orderType {orderType})", StringComparison.Ordinal));
        Assert.Equal(["120", "800", "899"], delivered.Receipts.Where(r => r.MessageType == "CEB604" && r.ReturnStatus is "120" or "800" or "899").Select(r => r.ReturnStatus));
        Assert.Contains(delivered.Receipts, r => r.MessageType == "CEB608" && r.ReturnStatus == "120");
        Assert.Contains(delivered.Receipts, r => r.MessageType == "CEB510" && r.ReturnStatus == "120");
        var route = await admin.GetAsync<RouteGraph>($"/api/consignments/{created.Summary.Id}/route");
        Assert.Equal(($"consignment-{mode}", (string?)null), (route.Definition, route.CurrentStep));
        Assert.StartsWith("stateDiagram-v2", route.Mermaid, StringComparison.Ordinal);
        Assert.Equal(["reserve-stock", "inbound", "pack", "declare", "decision", "load", "depart", "closed", "handover", "deliver", "delivered"],
            route.VisitedSteps.Where(s => s != "escalate").Distinct());
        var (onHand, reserved, _) = await StockSteps.LevelsAsync(admin, sku);
        Assert.Equal((98L, 0L), (onHand, reserved));
    }

    [Fact]
    public async Task Rejection_ThenResubmission_IsDeclaredAgainAndReleased()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var staff = await hub.SignInAsync(HubClient.WarehouseStaff());
        var (created, _) = await CreateAsync(admin);
        await hub.OutcomeAsync(created.Summary.CopNo, "Rejection", "申报商品编码与品名不符");

        await InboundAndPackAsync(staff, created);
        var rejected = await WaitForAsync(admin, created.Summary.Id, ConsignmentStage.Rejected);
        await hub.OutcomeAsync(created.Summary.CopNo, null);
        var resubmitted = await admin.PostAsync($"/api/consignments/{created.Summary.Id}/resubmit",
            new { lines = new[] { new { sku = created.Lines[0].Sku, name = "普洱茶 357克", hsCode = "0902301000", quantity = 2, unitPriceCny = 150m } }, note = "name fixed" });

        Assert.Contains(rejected.Timeline, t => t.Text.Contains("申报商品编码与品名不符", StringComparison.Ordinal));
        Assert.Contains(rejected.Receipts, r => r is { MessageType: "CEB604", ReturnStatus: "100" });
        await HubClient.EnsureAsync(resubmitted, HttpStatusCode.OK);
        var twice = await admin.PostAsync($"/api/consignments/{created.Summary.Id}/resubmit", new { });
        await HubClient.ProblemAsync(twice, HttpStatusCode.Conflict);
        await WaitForAsync(admin, created.Summary.Id, ConsignmentStage.Released);
        var lists = (await hub.ReceiptsAsync()).Count(r => r.Type == "CEB604" && r.Key == created.Summary.CopNo && r.Status == "2");
        Assert.Equal(2, lists);
        Assert.Equal("普洱茶 357克", (await GetAsync(admin, created.Summary.Id)).Lines[0].Name);
    }

    [Fact]
    public async Task Inspection_OpensAWarehouseTask_ScanAtInspectionThenReleased()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var staff = await hub.SignInAsync(HubClient.WarehouseStaff());
        var (created, _) = await CreateAsync(admin);
        await hub.OutcomeAsync(created.Summary.CopNo, "Inspection");

        await InboundAndPackAsync(staff, created);
        await ScanWhenAsync(staff, created, ConsignmentStage.Inspection, ScanStations.Inspection);
        var released = await WaitForAsync(staff, created.Summary.Id, ConsignmentStage.Released, "Waiting for the load scan.");

        Assert.Equal(["500", "800"], released.Receipts.Where(r => r.ReturnStatus is "500" or "800").Select(r => r.ReturnStatus));
        Assert.Contains(released.Timeline, t => t is { Kind: "scan", Step: "inspection" });
    }

    [Fact]
    public async Task Detention_IsCompensated_StockReleasedAndListCancelled()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var staff = await hub.SignInAsync(HubClient.WarehouseStaff());
        var (created, sku) = await CreateAsync(admin);
        await hub.OutcomeAsync(created.Summary.CopNo, "Detention");
        Assert.Equal(2L, (await StockSteps.LevelsAsync(admin, sku)).Reserved);

        await InboundAndPackAsync(staff, created);
        var detained = await WaitForAsync(admin, created.Summary.Id, ConsignmentStage.Detained, "Stock released back to the pool.");

        Assert.Contains(detained.Timeline, t => t.Kind == "compensation" && t.Text.StartsWith("CEB605 sent", StringComparison.Ordinal));
        Assert.Equal((100L, 0L), ((await StockSteps.LevelsAsync(admin, sku)).OnHand, (await StockSteps.LevelsAsync(admin, sku)).Reserved));
        await LiveSessions.LiveSteps.WaitForAsync(() => hub.ReceiptsAsync().Result.Any(r => r.Type == "CEB606" && r.Key == created.Summary.CopNo && r.Status == "399"),
            "the list cancellation's approval");
        var route = await admin.GetAsync<RouteGraph>($"/api/consignments/{created.Summary.Id}/route");
        Assert.Null(route.CurrentStep);
    }

    [Fact]
    public async Task NotQualifying_GoesToBroker_NoMessageSent()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var (created, _) = await CreateAsync(admin, hsCode: "090230", unitPriceCny: 3000m);

        var broker = await WaitForAsync(admin, created.Summary.Id, ConsignmentStage.BrokerDeclaration);

        Assert.Equal("broker", broker.Summary.Mode);
        Assert.Contains(broker.ModeReasons, r => r.Contains("HS code '090230'", StringComparison.Ordinal));
        Assert.Contains(broker.ModeReasons, r => r.Contains("above the 5,000 CNY cap", StringComparison.Ordinal));
        Assert.DoesNotContain(await hub.ReceiptsAsync(), r => r.Key == created.Summary.CopNo || r.Key == broker.OrderNo);
        Assert.Equal("consignment-broker", (await admin.GetAsync<RouteGraph>($"/api/consignments/{created.Summary.Id}/route")).Definition);
    }

    [Fact]
    public async Task Rail_ToVietnamThroughHekou_NotesTheGaugeChange()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var staff = await hub.SignInAsync(HubClient.WarehouseStaff());
        var (created, _) = await CreateAsync(admin, transport: "rail", warehouse: "HKO");
        Assert.Equal(("HKO", "rail"), (created.Summary.WarehouseCode, created.Summary.TransportMode));

        await InboundAndPackAsync(staff, created);
        await ScanWhenAsync(staff, created, ConsignmentStage.Released, ScanStations.Load, "WAGON-HK-7");

        var loaded = await WaitForAsync(staff, created.Summary.Id, ConsignmentStage.Loaded);
        Assert.Equal("WAGON-HK-7", loaded.LoadRef);
        Assert.Contains(loaded.Timeline, t => t.Text.Contains("standard to metre gauge", StringComparison.Ordinal));
    }
}
