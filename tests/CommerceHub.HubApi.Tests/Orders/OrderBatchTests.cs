using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.HubApi.Features.Orders;
using CommerceHub.HubApi.Tests.Infrastructure;
using CommerceHub.HubApi.Tests.Stock;
using static CommerceHub.HubApi.Tests.Orders.OrderImportTests;

namespace CommerceHub.HubApi.Tests.Orders;

/// <summary>The batch path: pushes pile up in the inbox, then the tests run the drain passes themselves.</summary>
[Collection(HubCollection.Name)]
public sealed class OrderBatchTests(ManualDrainOrdersHub hub) : IClassFixture<ManualDrainOrdersHub>
{
    [Fact]
    public async Task Drain_BatchWithDuplicatesAndOutOfOrderStatuses_OneOrderEachWithNewestStatus()
    {
        var (sku, itemId) = await hub.ListedSkuAsync(ledgerStock: 10);
        await hub.SandboxPutAsync("faults", new { webhookDuplicateRate = 1.0, webhookOutOfOrder = true });
        IReadOnlyList<string> placed;
        try
        {
            placed = await hub.PlaceOrdersAsync(itemId, 3, advanceTo: "SHIPPED");
            await InboxSteps.SettledPendingAsync(hub.Factory, atLeast: 6);
        }
        finally
        {
            await hub.SandboxPutAsync("faults", new { });
        }

        // One pass takes the whole pile: every status push of every order, each delivered twice, in shuffled order.
        Assert.True(await InboxSteps.DrainOnceAsync(hub.Factory, batchSize: 1000) >= 6);

        var rows = await InboxSteps.RowsAsync(hub.Factory);
        Assert.All(rows, r => Assert.NotNull(r.ProcessedAt));
        Assert.Contains(rows, r => r.Outcome == "duplicate");
        var orders = await hub.OrdersForAsync(sku, o => o.Count == 3);
        Assert.Equal(placed.Order(), orders.Select(o => Text(o, "platformOrderId")).Order());
        Assert.All(orders, o => Assert.Equal(("Shipped", "Committed"), (Text(o, "status"), StockOf(o))));
        Assert.Equal((7L, 0L, 7L), await StockSteps.LevelsAsync(hub.Admin, sku));
    }

    [Fact]
    public async Task Drain_DetailReadFailsThenAnswersPartly_KnownOrdersImportedOnceUnknownIgnored()
    {
        var (sku, itemId) = await hub.ListedSkuAsync(ledgerStock: 10);
        var placed = await hub.PlaceOrdersAsync(itemId, 4, advanceTo: "READY_TO_SHIP");
        var unknown = new[] { "NOSUCH" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), "NOSUCH" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant() };
        foreach (var orderSn in unknown)
        {
            (await InboxSteps.PushAsync(hub, orderSn, "READY_TO_SHIP")).EnsureSuccessStatusCode();
        }

        var pending = await InboxSteps.SettledPendingAsync(hub.Factory, atLeast: 6);

        // Every detail read fails: nothing is imported, nothing reserved, every row waits for another attempt.
        await hub.SandboxPutAsync("faults", new { serverErrorRate = 1.0 });
        try
        {
            await InboxSteps.DrainOnceAsync(hub.Factory, batchSize: 1000);
        }
        finally
        {
            await hub.SandboxPutAsync("faults", new { });
        }

        var afterFailure = (await InboxSteps.RowsAsync(hub.Factory)).Where(r => pending.Any(p => p.Id == r.Id)).ToList();
        Assert.DoesNotContain(afterFailure, r => r.Outcome?.StartsWith("imported", StringComparison.Ordinal) == true);
        var unknownRows = afterFailure.Where(r => unknown.Any(u => r.RawBody.Contains(u, StringComparison.Ordinal))).ToList();
        Assert.Equal(2, unknownRows.Count);
        Assert.All(unknownRows, r => Assert.True(r is { ProcessedAt: null, Attempts: 1, Admitted: true } && r.Outcome!.StartsWith("detail read failed", StringComparison.Ordinal),
            $"row {r.Id} waits for another attempt: {r.Outcome}"));
        Assert.Empty((await hub.Admin.GetAsync<JsonElement>($"/api/orders?sku={sku}")).GetProperty("items").EnumerateArray());
        Assert.Equal((10L, 0L, 10L), await StockSteps.LevelsAsync(hub.Admin, sku));

        // The platform answers again, but only for the orders it knows: those are imported, the others are dropped.
        await InboxSteps.DrainUntilEmptyAsync(hub.Factory, batchSize: 1000);

        var rows = await InboxSteps.RowsAsync(hub.Factory);
        Assert.All(rows, r => Assert.NotNull(r.ProcessedAt));
        Assert.All(rows.Where(r => unknown.Any(u => r.RawBody.Contains(u, StringComparison.Ordinal))),
            r => Assert.Equal("ignored: the platform does not know the order", r.Outcome));
        var orders = await hub.OrdersForAsync(sku, o => o.Count == 4);
        Assert.Equal(placed.Order(), orders.Select(o => Text(o, "platformOrderId")).Order());
        Assert.All(orders, o => Assert.Equal("Reserved", StockOf(o)));
        Assert.Equal((10L, 4L, 6L), await StockSteps.LevelsAsync(hub.Admin, sku));
    }

    [Fact]
    public async Task Drain_TwoHostsRacingOnOneInbox_EachOrderOnceWithOneReservation()
    {
        var (sku, itemId) = await hub.ListedSkuAsync(ledgerStock: 100);
        await hub.SandboxPutAsync("faults", new { webhookDuplicateRate = 1.0 });
        IReadOnlyList<string> placed;
        try
        {
            placed = await hub.PlaceOrdersAsync(itemId, 30, advanceTo: "READY_TO_SHIP");
            await InboxSteps.SettledPendingAsync(hub.Factory, atLeast: 60);
        }
        finally
        {
            await hub.SandboxPutAsync("faults", new { });
        }

        // Three passes on each of two nodes, small batches, so the duplicates of one order land in different passes.
        await using var second = hub.NewHost();
        second.StartServer();
        var found = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            Task.Run(() => InboxSteps.DrainUntilEmptyAsync(i % 2 == 0 ? hub.Factory : second, batchSize: 7))));

        Assert.True(found.Where((_, i) => i % 2 == 0).Sum() > 0 && found.Where((_, i) => i % 2 == 1).Sum() > 0, "both nodes found pending pushes");
        Assert.All(await InboxSteps.RowsAsync(hub.Factory), r => Assert.NotNull(r.ProcessedAt));
        var orders = await hub.OrdersForAsync(sku, o => o.Count == 30);
        Assert.Equal(placed.Order(), orders.Select(o => Text(o, "platformOrderId")).Order());
        Assert.All(orders, o => Assert.Equal("Reserved", StockOf(o)));
        Assert.Equal((100L, 30L, 70L), await StockSteps.LevelsAsync(hub.Admin, sku));
        foreach (var orderId in placed)
        {
            var reservation = await hub.Admin.GetAsync<JsonElement>($"/api/stock/reservations/{OrderReservations.IdFor(Marketplace.Shopee, OrdersHub.ShopVn, orderId)}");
            Assert.Equal(("Open", 1L), (Text(reservation, "state"), reservation.GetProperty("lines")[0].GetProperty("remaining").GetInt64()));
        }
    }
}
