using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.HubApi.Features.Orders;
using CommerceHub.HubApi.Tests.Infrastructure;
using CommerceHub.HubApi.Tests.Stock;
using Microsoft.Extensions.DependencyInjection;
using static CommerceHub.HubApi.Tests.Orders.OrderImportTests;

namespace CommerceHub.HubApi.Tests.Orders;

[Collection(HubCollection.Name)]
public sealed class OrderRestartTests(OrdersHub hub) : IClassFixture<OrdersHub>
{
    [Fact]
    public async Task Burst_HubRestartedMidway_EveryOrderOnceAndLedgerBalanced()
    {
        var (sku, itemId) = await hub.ListedSkuAsync(ledgerStock: 1000);
        var scenario = await hub.SandboxPostAsync("scenarios/orders?wait=false",
            new { shopId = OrdersHub.ShopVn, itemId, count = 120, perSecond = 60.0, advanceTo = "READY_TO_SHIP" });

        await Task.Delay(700);
        await hub.StopHubAsync(); // pushes sent while the hub is down are lost after the sandbox's retries
        await Task.Delay(500);
        await hub.StartHubAsync();
        var placed = await FinishedAsync(Text(scenario, "id"));
        foreach (var cancelled in placed.Take(10))
        {
            await hub.MoveOrderAsync(cancelled, "CANCELLED");
        }

        await using (var scope = hub.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OrderPolling>().PollShopAsync(Marketplace.Shopee, OrdersHub.ShopVn, CancellationToken.None);
        }

        var orders = await hub.OrdersForAsync(sku, o => o.Count == placed.Count
            && o.Count(x => StockOf(x) == "Released") == 10 && o.All(x => StockOf(x) is "Reserved" or "Released"));
        Assert.Equal(placed.Order(), orders.Select(o => Text(o, "platformOrderId")).Order());
        var open = orders.Where(o => StockOf(o) == "Reserved").ToList();
        Assert.Equal(placed.Count - 10, open.Count);
        var (onHand, reserved, available) = await StockSteps.LevelsAsync(hub.Admin, sku);
        Assert.Equal((1000L, (long)open.Count), (onHand, reserved));
        Assert.Equal(onHand, reserved + available);
        foreach (var order in open)
        {
            // Closed reservations are dropped after a retention period, so only the open ones are read back.
            var reservation = await hub.Admin.GetAsync<JsonElement>($"/api/stock/reservations/{OrderReservations.IdFor(Marketplace.Shopee, OrdersHub.ShopVn, Text(order, "platformOrderId"))}");
            Assert.Equal(("Open", 1L), (Text(reservation, "state"), reservation.GetProperty("lines")[0].GetProperty("remaining").GetInt64()));
        }
    }

    private async Task<IReadOnlyList<string>> FinishedAsync(string scenarioId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var report = await hub.SandboxAdmin.GetFromJsonAsync<JsonElement>($"scenarios/{scenarioId}", HubClient.Json);
            if (report.GetProperty("finished").GetBoolean() || DateTime.UtcNow > deadline)
            {
                Assert.True(report.GetProperty("finished").GetBoolean(), "the sandbox burst did not finish");
                return [.. report.GetProperty("orderIds").EnumerateArray().Select(o => o.GetString()!)];
            }

            await Task.Delay(100);
        }
    }
}
