using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.HubApi.Contracts.Consignments;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.SampleData;
using CommerceHub.HubApi.Tests.Infrastructure;
using CommerceHub.HubApi.Tests.LiveSessions;
using CommerceHub.Workflows.Instances;
using CommerceHub.Workflows.Runtime;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CommerceHub.HubApi.Tests.Consignments.ConsignmentSteps;

namespace CommerceHub.HubApi.Tests.Consignments;

/// <summary>Receipts delivered twice or for nobody, the SLA, a restart mid-route, who sees what, and bad input.</summary>
[Collection(HubCollection.Name)]
public sealed class ConsignmentOperationTests(ConsignmentsHub hub) : IClassFixture<ConsignmentsHub>
{
    [Fact]
    public async Task Receipt_PushedAgainAfterPolling_IsADuplicate()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var staff = await hub.SignInAsync(HubClient.WarehouseStaff());
        var (created, _) = await CreateAsync(admin);
        await InboundAndPackAsync(staff, created);
        await WaitForAsync(admin, created.Summary.Id, ConsignmentStage.Released);
        var released = (await hub.ReceiptsAsync()).Single(r => r.Type == "CEB604" && r.Key == created.Summary.CopNo && r.Status == "800");

        var first = await PushAsync(released.Xml);
        var second = await PushAsync(released.Xml);

        Assert.Equal("duplicate", first.GetProperty("records")[0].GetProperty("outcome").GetString());
        Assert.Equal("duplicate", second.GetProperty("records")[0].GetProperty("outcome").GetString());
        var detail = await GetAsync(admin, created.Summary.Id);
        Assert.Single(detail.Receipts, r => r.ReturnStatus == "800");
        Assert.Single(detail.Timeline, t => t.Text == "Released by customs; ready to load.");
    }

    [Fact]
    public async Task Scan_SameLabelReadAgainAtAPassedStation_IsADuplicateNotParked()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var staff = await hub.SignInAsync(HubClient.WarehouseStaff());
        var (created, _) = await CreateAsync(admin);
        await ScanWhenAsync(staff, created, ConsignmentStage.AwaitingInbound, ScanStations.Inbound);
        await WaitForAsync(admin, created.Summary.Id, ConsignmentStage.InWarehouse, "Waiting for the pack scan.");

        var again = await ScanAsync(staff, created, ScanStations.Inbound, scanId: Guid.NewGuid().ToString("N"));
        var early = await ScanAsync(staff, created, ScanStations.Load, "TRUCK-EARLY", Guid.NewGuid().ToString("N"));

        Assert.Equal("duplicate", again.Outcome);
        Assert.Equal("parked", early.Outcome); // not scanned there yet: kept until the route gets there
        await using var scope = hub.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var parkedKeys = await db.Set<ParkedStimulus>().Where(p => p.CorrelationKey.Contains(created.Summary.ParcelNo)).Select(p => p.CorrelationKey).ToListAsync();
        Assert.Equal([$"scan:{created.Summary.ParcelNo}:{ScanStations.Load}"], parkedKeys);
    }

    [Fact]
    public async Task Receipt_ForUnknownConsignment_IsParkedThenDeadLetteredAndReplayable()
    {
        var copNo = "CHX" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        var xml = Receipt(copNo, "800");

        var first = await PushAsync(xml);
        var again = await PushAsync(xml);
        await using (var scope = hub.Factory.Services.CreateAsyncScope())
        {
            // The parked receipt's hour runs out at once; then the sweep (a minutely job, invoked directly) dead-letters it.
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var parked = await db.Set<ParkedStimulus>().SingleAsync(p => p.CorrelationKey == $"receipt:{copNo}");
            parked.ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1);
            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().SweepAsync();
        }

        var op = await hub.SignInAsync(SampleDataSeeder.OperatorEmail);
        var letters = await op.GetAsync<JsonElement>("/api/workflows/dead-letters?take=500");
        var letter = letters.EnumerateArray().Single(l => l.GetProperty("correlationKey").GetString() == $"receipt:{copNo}");
        var merchantRefused = await (await hub.SignInAsync(HubClient.Admin())).Http.GetAsync("/api/workflows/dead-letters");
        var replay = await op.PostAsync($"/api/workflows/dead-letters/{letter.GetProperty("id").GetGuid()}/replay", new { });

        Assert.Equal("parked", first.GetProperty("records")[0].GetProperty("outcome").GetString());
        Assert.Equal("duplicate", again.GetProperty("records")[0].GetProperty("outcome").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, merchantRefused.StatusCode);
        await HubClient.EnsureAsync(replay, HttpStatusCode.OK);
        Assert.Equal("Parked", (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcome").GetString());
        Assert.DoesNotContain((await op.GetAsync<JsonElement>("/api/workflows/dead-letters?take=500")).EnumerateArray(),
            l => l.GetProperty("correlationKey").GetString() == $"receipt:{copNo}");
    }

    [Fact]
    public async Task ListNotReleasedWithinSla_IsEscalated()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var staff = await hub.SignInAsync(HubClient.WarehouseStaff());
        var (created, _) = await CreateAsync(admin);
        await hub.OutcomeAsync(created.Summary.CopNo, "ManualReview");
        var settings = await hub.SimulatorSettingsAsync();
        await hub.SimulatorSettingsAsync(new { acceptSeconds = 0.2, reviewSeconds = 0.3, decisionSeconds = 0.5, inspectionSeconds = 30 });
        try
        {
            await InboundAndPackAsync(staff, created);
            var escalated = await WaitForAsync(admin, created.Summary.Id, ConsignmentStage.ManualReview, "not released within 00:00:03");
            Assert.Contains(escalated.Timeline, t => t is { Kind: "sla", Step: "escalate" });
            Assert.NotNull(escalated.Summary.SlaDueAt);
        }
        finally
        {
            await hub.SimulatorSettingsAsync(settings);
        }
    }

    [Fact]
    public async Task HubRestartMidRoute_Resumes_EachDeclarationSentOnce()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var staff = await hub.SignInAsync(HubClient.WarehouseStaff());
        var (created, _) = await CreateAsync(admin);
        await InboundAndPackAsync(staff, created);
        await WaitForAsync(staff, created.Summary.Id, ConsignmentStage.Declaring);

        await hub.RestartHubAsync();
        staff = await hub.SignInAsync(HubClient.WarehouseStaff());
        await ShipAsync(staff, created);

        var receipts = await hub.ReceiptsAsync();
        Assert.Single(receipts, r => r.Type == "CEB604" && r.Key == created.Summary.CopNo && r.Status == "2");
        Assert.Single(receipts, r => r.Type == "CEB304" && r.Key == created.OrderNo && r.Status == "2");
        Assert.Single(receipts, r => r.Type == "CEB510" && r.Key == "LD" + created.Summary.CopNo && r.Status == "2");
    }

    [Fact]
    public async Task OtherMerchantsWarehouseUser_SeesNothing_OperatorSeesAll()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var (created, _) = await CreateAsync(admin);
        var foreign = await hub.SignInAsync(HubClient.WarehouseStaff("hekou-goods"));
        var op = await hub.SignInAsync(SampleDataSeeder.OperatorEmail);

        await HubClient.ProblemAsync(await foreign.Http.GetAsync($"/api/consignments/{created.Summary.Id}"), HttpStatusCode.NotFound);
        await HubClient.ProblemAsync(await foreign.Http.GetAsync($"/api/consignments/{created.Summary.Id}/route"), HttpStatusCode.NotFound);
        var foreignList = await foreign.GetAsync<JsonElement>("/api/consignments?pageSize=200");
        var scan = await ScanAsync(foreign, created, ScanStations.Inbound);
        var seen = await op.GetAsync<ConsignmentDetail>($"/api/consignments/{created.Summary.Id}");
        var host = await hub.SignInAsync(HubClient.Host());

        Assert.DoesNotContain(foreignList.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == created.Summary.Id);
        Assert.Equal("unknown", scan.Outcome);
        Assert.Equal(created.Summary.CopNo, seen.Summary.CopNo);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Http.GetAsync("/api/consignments")).StatusCode);
    }

    [Fact]
    public async Task MalformedInput_Is400ProblemDetails()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var staff = await hub.SignInAsync(HubClient.WarehouseStaff());

        var badCountry = await admin.PostAsync("/api/consignments", new { orderNo = "X", lines = new[] { new { sku = "A", name = "a", hsCode = "0902301000", quantity = 1, unitPriceCny = 1m } }, destinationCountry = "ZZ" });
        var noLines = await admin.PostAsync("/api/consignments", new { destinationCountry = "VN" });
        var notJson = await admin.SendRawAsync(HttpMethod.Post, "/api/consignments", "{ nope");
        var badStation = await staff.PostAsync("/api/scans", new { warehouseCode = "PXG", station = "moon", payload = "X1" });
        var loadWithoutRef = await staff.PostAsync("/api/scans", new { warehouseCode = "PXG", station = "load", payload = "X1" });
        var notXml = await hub.Factory.CreateClient().PostAsync("/api/customs/receipts", new StringContent("not xml", System.Text.Encoding.UTF8, "application/xml"));
        var notReceipt = await hub.Factory.CreateClient().PostAsync("/api/customs/receipts",
            new StringContent("<a xmlns=\"http://www.chinaport.gov.cn/ceb\"/>", System.Text.Encoding.UTF8, "application/xml"));
        var badStage = await admin.Http.GetAsync("/api/consignments?stage=Flying");

        Assert.True((await HubClient.ProblemAsync(badCountry, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("destinationCountry", out _));
        Assert.True((await HubClient.ProblemAsync(noLines, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("orderId", out _));
        await HubClient.ProblemAsync(notJson, HttpStatusCode.BadRequest);
        await HubClient.ProblemAsync(badStation, HttpStatusCode.BadRequest);
        Assert.True((await HubClient.ProblemAsync(loadWithoutRef, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("loadRef", out _));
        Assert.Contains("not well-formed", (await HubClient.ProblemAsync(notXml, HttpStatusCode.BadRequest)).GetProperty("detail").GetString());
        await HubClient.ProblemAsync(notReceipt, HttpStatusCode.BadRequest);
        await HubClient.ProblemAsync(badStage, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Board_JoinsItsWarehouse_GetsChangesOfItsMerchantOnly()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var staff = await hub.SignInAsync(HubClient.WarehouseStaff());
        var foreignStaff = await hub.SignInAsync(HubClient.WarehouseStaff("hekou-goods"));
        await using var board = await ConnectAsync(staff);
        await using var foreignBoard = await ConnectAsync(foreignStaff);
        var changes = Changes(board);
        var foreignChanges = Changes(foreignBoard);
        await board.InvokeAsync<WarehouseBoardState>(nameof(IWarehouseHub.JoinWarehouse), "PXG");
        await foreignBoard.InvokeAsync<WarehouseBoardState>(nameof(IWarehouseHub.JoinWarehouse), "PXG");

        var (created, _) = await CreateAsync(admin);
        var scan = await board.InvokeAsync<ScanResult>(nameof(IWarehouseHub.Scan),
            new ScanRequest("PXG", ScanStations.Inbound, created.Summary.ParcelNo, ScanId: "board-1"));
        await LiveSteps.WaitForAsync(() => changes.Any(c => c.Id == created.Summary.Id && c.Stage == ConsignmentStage.InWarehouse), "the board to see the inbound scan");
        var state = await board.InvokeAsync<WarehouseBoardState>(nameof(IWarehouseHub.JoinWarehouse), "PXG");

        Assert.Contains(scan.Outcome, new[] { "resumed", "parked" });
        Assert.Contains(state.Consignments, c => c.Id == created.Summary.Id);
        Assert.DoesNotContain(foreignChanges, c => c.Id == created.Summary.Id);
        await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => board.InvokeAsync<WarehouseBoardState>(nameof(IWarehouseHub.JoinWarehouse), "NOPE"));
    }

    /// <summary>Collects the consignments pushed with ConsignmentChanged (summary and timeline entry).</summary>
    private static System.Collections.Concurrent.ConcurrentQueue<ConsignmentSummary> Changes(HubConnection connection)
    {
        var queue = new System.Collections.Concurrent.ConcurrentQueue<ConsignmentSummary>();
        connection.On<ConsignmentSummary, TimelineEntry?>(nameof(IWarehouseClient.ConsignmentChanged), (summary, _) => queue.Enqueue(summary));
        return queue;
    }

    private async Task<HubConnection> ConnectAsync(HubClient user)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(hub.Factory.Server.BaseAddress, WarehouseGroups.HubPath), o =>
            {
                o.HttpMessageHandlerFactory = _ => hub.Factory.Server.CreateHandler();
                o.AccessTokenProvider = () => Task.FromResult(user.AccessToken);
                o.Transports = HttpTransportType.LongPolling;
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()))
            .Build();
        await connection.StartAsync();
        return connection;
    }

    private async Task<JsonElement> PushAsync(string xml)
    {
        using var response = await hub.Factory.CreateClient().PostAsync("/api/customs/receipts", new StringContent(xml, System.Text.Encoding.UTF8, "application/xml"));
        await HubClient.EnsureAsync(response, HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A CEB604 receipt as the single window writes it, for a list the hub never declared.</summary>
    private static string Receipt(string copNo, string status) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <ceb:CEB604Message guid="{Guid.NewGuid().ToString("D").ToUpperInvariant()}" version="1.0" xmlns:ceb="http://www.chinaport.gov.cn/ceb">
          <ceb:InventoryReturn>
            <ceb:guid>{Guid.NewGuid().ToString("D").ToUpperInvariant()}</ceb:guid><ceb:agentCode>4501980003</ceb:agentCode><ceb:copNo>{copNo}</ceb:copNo>
            <ceb:preNo>B20261123000000001</ceb:preNo><ceb:invtNo>72082026E000000001</ceb:invtNo><ceb:ebcCode>4501960001</ceb:ebcCode>
            <ceb:ebpCode>4403960ABC</ceb:ebpCode><ceb:orderNo>NOPE-1</ceb:orderNo><ceb:statisticsFlag>B</ceb:statisticsFlag>
            <ceb:returnStatus>{status}</ceb:returnStatus><ceb:returnTime>20261123093000123</ceb:returnTime><ceb:returnInfo>放行</ceb:returnInfo>
          </ceb:InventoryReturn>
        </ceb:CEB604Message>
        """;
}
