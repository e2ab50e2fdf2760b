using System.Net;
using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.HubApi.Contracts.Orders;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Tests.Infrastructure;
using CommerceHub.HubApi.Tests.Stock;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommerceHub.HubApi.Tests.LiveSessions;

[Collection(HubCollection.Name)]
public sealed class LiveHubTests(HubFixture hub)
{
    [Fact]
    public async Task JoinSession_HostOfAnotherMerchant_IsRefused_OwnHostGetsTheState()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var setup = await LiveSteps.SessionAsync(admin);
        var foreignHost = await hub.SignInAsync(HubClient.Host("hekou-goods"));
        var ownHost = await hub.SignInAsync(HubClient.Host());
        await using var foreign = await LiveSteps.ConnectAsync(hub.Factory, foreignHost);
        await using var own = await LiveSteps.ConnectAsync(hub.Factory, ownHost);

        var refused = await Assert.ThrowsAsync<HubException>(() => foreign.InvokeAsync<LiveSessionState>(nameof(ILiveHub.JoinSession), setup.SessionId));
        var pinRefused = await Assert.ThrowsAsync<HubException>(() => foreign.InvokeAsync<LivePin>(nameof(ILiveHub.PinProduct), setup.SessionId, setup.Skus[0]));
        var state = await own.InvokeAsync<LiveSessionState>(nameof(ILiveHub.JoinSession), setup.SessionId);

        Assert.Contains("No live session", refused.Message);
        Assert.Contains("No live session", pinRefused.Message);
        Assert.Equal(setup.SessionId, state.Session.Id);
        Assert.Equal(setup.Skus, state.Stock.Select(s => s.Sku));
        Assert.All(state.Stock, s => Assert.Equal(100, s.Available));
        Assert.Null((await admin.GetAsync<LiveSessionView>(LiveRoutes.Session(setup.SessionId))).PinnedSku);
    }

    [Fact]
    public async Task Connect_WarehouseUser_IsRefused()
    {
        var warehouse = await hub.SignInAsync(HubClient.WarehouseStaff());

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => LiveSteps.ConnectAsync(hub.Factory, warehouse));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
    }

    [Fact]
    public async Task OrderEventOnRedis_ReachesTheSessionGroup_WithTickerCountersAndAlerts()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var host = await hub.SignInAsync(HubClient.Host());
        var setup = await LiveSteps.SessionAsync(admin);
        await using var watching = await LiveSteps.ConnectAsync(hub.Factory, host);
        await using var idle = await LiveSteps.ConnectAsync(hub.Factory, host);
        var ticker = LiveSteps.Collect<LiveOrderTick>(watching, nameof(ILiveClient.OrderTicker));
        var counters = LiveSteps.Collect<LiveCounters>(watching, nameof(ILiveClient.CountersChanged));
        var alerts = LiveSteps.Collect<LiveAlert>(watching, nameof(ILiveClient.Alert));
        var stock = LiveSteps.Collect<LiveStock>(watching, nameof(ILiveClient.StockChanged));
        var idleTicker = LiveSteps.Collect<LiveOrderTick>(idle, nameof(ILiveClient.OrderTicker));
        await watching.InvokeAsync<LiveSessionState>(nameof(ILiveHub.JoinSession), setup.SessionId);
        using var redis = hub.Redis.Connect();

        // Neither an order on a channel outside the session nor one without a lineup SKU belongs to it.
        await LiveSteps.PublishAsync(redis, LiveSteps.Order(setup, "elsewhere", setup.Skus[0], 1), LiveSteps.Order(setup, setup.Channels[0], "OTHER-SKU", 1));
        var sold = LiveSteps.Order(setup, setup.Channels[0], setup.Skus[0], 3, 25m, currency: "VND", totalCny: 21m) with
        {
            Lines = [new OrderEventLine(setup.Skus[0], 3, 25m), new OrderEventLine("NOT-IN-LINEUP", 1, 25m)],
            Total = 100m,
            TotalCny = 28m,
        };
        var refused = LiveSteps.Order(setup, setup.Channels[1], setup.Skus[1], 1, kind: OrderEventKind.ReservationRefused);
        await LiveSteps.PublishAsync(redis, sold, refused);
        await LiveSteps.WaitForAsync(() => ticker.Count >= 2 && alerts.Any(a => a.Kind == LiveAlertKind.ReservationRefused), "ticker and alert");
        await StockSteps.ReceiveAsync(admin, setup.Skus[1], 5);
        await LiveSteps.WaitForAsync(() => stock.Any(s => s.Sku == setup.Skus[1] && s.Available == 105), "stock update");

        Assert.Equal([sold.OrderId, refused.OrderId], ticker.Select(t => t.OrderId));
        Assert.Equal(OrderEventKind.ReservationRefused, ticker.Last().Kind);
        var last = counters.Last();
        Assert.Equal((1L, 3L), (last.Orders, last.UnitsSold));
        Assert.Equal([new MoneyAmount("VND", 75m)], last.Revenue);
        Assert.Equal(21m, last.RevenueCny);
        Assert.Equal(setup.Channels[1], alerts.Single(a => a.Kind == LiveAlertKind.ReservationRefused).Channel);
        Assert.Empty(idleTicker);
    }

    [Fact]
    public async Task TwoHubNodesOnOneRedis_ClientOnNodeTwoSeesEventsOfNodeOne()
    {
        var database = $"Data Source={Path.Combine(Path.GetTempPath(), $"ch-live-{Guid.NewGuid():N}.db")}";
        var settings = new Dictionary<string, string?> { ["Jobs:RunServer"] = "false" };
        await using var node1 = new HubFactory(hub.Redis.ConnectionString, DatabaseProvider.Sqlite, database, settings);
        _ = node1.Server;
        await using var node2 = new HubFactory(hub.Redis.ConnectionString, DatabaseProvider.Sqlite, database, settings);
        _ = node2.Server;
        var admin1 = await HubClient.SignInAsync(node1.CreateClient(), HubClient.Admin());
        var host2 = await HubClient.SignInAsync(node2.CreateClient(), HubClient.Host());
        var setup = await LiveSteps.SessionAsync(admin1);
        await using var console = await LiveSteps.ConnectAsync(node2, host2);
        var ticker = LiveSteps.Collect<LiveOrderTick>(console, nameof(ILiveClient.OrderTicker));
        var stock = LiveSteps.Collect<LiveStock>(console, nameof(ILiveClient.StockChanged));
        await console.InvokeAsync<LiveSessionState>(nameof(ILiveHub.JoinSession), setup.SessionId);

        var order = LiveSteps.Order(setup, setup.Channels[1], setup.Skus[0], 2);
        var node1Redis = (StackExchange.Redis.IConnectionMultiplexer)node1.Services.GetService(typeof(StackExchange.Redis.IConnectionMultiplexer))!;
        await LiveSteps.PublishAsync(node1Redis, order);
        await StockSteps.ReceiveAsync(admin1, setup.Skus[0], 7);

        await LiveSteps.WaitForAsync(() => ticker.Any(t => t.OrderId == order.OrderId), "the order on node 2");
        await LiveSteps.WaitForAsync(() => stock.Any(s => s.Available == 107), "the stock update on node 2");
        await Task.Delay(500);
        Assert.Single(ticker);
    }
}
