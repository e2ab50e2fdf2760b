using System.Net;
using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.HubApi.Features.Orders;
using CommerceHub.HubApi.Tests.Infrastructure;
using CommerceHub.HubApi.Tests.Stock;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.HubApi.Tests.Orders;

[Collection(HubCollection.Name)]
public sealed class OrderImportTests(OrdersHub hub) : IClassFixture<OrdersHub>
{
    [Fact]
    public async Task Push_PaidOrder_ImportedOnceWithStockReservedAndCny()
    {
        var (sku, itemId) = await hub.ListedSkuAsync(ledgerStock: 10);

        var placed = await hub.PlaceOrdersAsync(itemId, 1, quantity: 2);
        var orders = await hub.OrdersForAsync(sku, o => o.Count == 1 && StockOf(o[0]) == "Reserved");

        var order = Assert.Single(orders);
        Assert.Equal((placed[0], "ToShip", "VND", 300_000m), (Text(order, "platformOrderId"), Text(order, "status"), Text(order, "currency"), order.GetProperty("total").GetDecimal()));
        Assert.Equal(Math.Round(300_000m * 0.000275m, 2), order.GetProperty("totalCny").GetDecimal());
        Assert.Equal((sku, 2), (Text(order.GetProperty("lines")[0], "sku"), order.GetProperty("lines")[0].GetProperty("quantity").GetInt32()));
        Assert.Equal((10L, 2L, 8L), await StockSteps.LevelsAsync(hub.Admin, sku));
    }

    [Fact]
    public async Task Push_DuplicatedAndReordered_OneOrderEachWithNewestStatus()
    {
        var (sku, itemId) = await hub.ListedSkuAsync(ledgerStock: 10);
        await hub.SandboxPutAsync("faults", new { webhookDuplicateRate = 1.0, webhookOutOfOrder = true });
        try
        {
            var placed = await hub.PlaceOrdersAsync(itemId, 3, advanceTo: "SHIPPED");
            var orders = await hub.OrdersForAsync(sku, o => o.Count == 3 && o.All(x => Text(x, "status") == "Shipped" && StockOf(x) == "Committed"));

            Assert.Equal(placed.Order(), orders.Select(o => Text(o, "platformOrderId")).Order());
            Assert.All(orders, o => Assert.Equal(("Shipped", "Committed"), (Text(o, "status"), StockOf(o))));
            Assert.Equal((7L, 0L, 7L), await StockSteps.LevelsAsync(hub.Admin, sku));
        }
        finally
        {
            await hub.SandboxPutAsync("faults", new { });
        }
    }

    [Fact]
    public async Task Poll_PushesDropped_PollFillsTheGap()
    {
        var (sku, itemId) = await hub.ListedSkuAsync(ledgerStock: 10);
        await hub.SandboxPutAsync("faults", new { webhookDropRate = 1.0 });
        IReadOnlyList<string> placed;
        try
        {
            placed = await hub.PlaceOrdersAsync(itemId, 4);
        }
        finally
        {
            await hub.SandboxPutAsync("faults", new { });
        }

        await PollAsync();
        var orders = await hub.OrdersForAsync(sku, o => o.Count == 4);

        Assert.Equal(placed.Order(), orders.Select(o => Text(o, "platformOrderId")).Order());
        Assert.All(orders, o => Assert.Equal("Reserved", StockOf(o)));
        Assert.Equal((10L, 4L, 6L), await StockSteps.LevelsAsync(hub.Admin, sku));
    }

    [Fact]
    public async Task Import_SameOrderFromPushAndPollOnManyConnectionsAtOnce_OneOrderOneReservation()
    {
        var (sku, itemId) = await hub.ListedSkuAsync(ledgerStock: 50);
        await hub.SandboxPutAsync("faults", new { webhookDropRate = 1.0 });
        IReadOnlyList<string> placed;
        try
        {
            placed = await hub.PlaceOrdersAsync(itemId, 10);
        }
        finally
        {
            await hub.SandboxPutAsync("faults", new { });
        }

        var source = hub.Service<IOrderSource>(Marketplace.Shopee);
        var details = await Task.WhenAll(placed.Select(id => source.GetOrderAsync(hub.Shop, id)));
        // Each order imported by eight racing imports (own scope, DbContext and connection each) while two polls run.
        var imports = details.SelectMany(order => Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await using var scope = hub.Factory.Services.CreateAsyncScope();
            var shop = await ShopAsync(scope.ServiceProvider);
            return await scope.ServiceProvider.GetRequiredService<OrderImporter>().ImportAsync(shop, order!, CancellationToken.None);
        })));
        var outcomes = await Task.WhenAll([.. imports.Select(t => t.ContinueWith(r => r.Result.ToString())), PollAsync().ContinueWith(_ => "poll"), PollAsync().ContinueWith(_ => "poll")]);

        // The polls import the same orders too, so some creations may be theirs; no order is ever created twice.
        Assert.InRange(outcomes.Count(o => o == nameof(ImportOutcome.Created)), 0, 10);
        var orders = await hub.OrdersForAsync(sku, o => o.Count == 10);
        Assert.Equal(10, orders.Count);
        Assert.All(orders, o => Assert.Equal("Reserved", StockOf(o)));
        Assert.Equal((50L, 10L, 40L), await StockSteps.LevelsAsync(hub.Admin, sku));
    }

    [Fact]
    public async Task Push_MoreOrdersThanLedgerStock_ExtraOrdersStoredAndFlaggedRefused()
    {
        var (sku, itemId) = await hub.ListedSkuAsync(ledgerStock: 1);

        await hub.PlaceOrdersAsync(itemId, 3);
        var orders = await hub.OrdersForAsync(sku, o => o.Count == 3 && o.All(x => StockOf(x) != "None"));

        Assert.Single(orders, o => StockOf(o) == "Reserved");
        var refused = orders.Where(o => StockOf(o) == "Refused").ToList();
        Assert.Equal(2, refused.Count);
        Assert.All(refused, o => Assert.Contains("sold elsewhere", Text(o, "stockNote"), StringComparison.Ordinal));
        var flagged = await hub.Admin.GetAsync<JsonElement>($"/api/orders?stockState=refused&sku={sku}");
        Assert.Equal(2, flagged.GetProperty("total").GetInt32());
        Assert.Equal((1L, 1L, 0L), await StockSteps.LevelsAsync(hub.Admin, sku));
    }

    [Fact]
    public async Task Push_CancelledAfterReservation_StockReleased()
    {
        var (sku, itemId) = await hub.ListedSkuAsync(ledgerStock: 5);
        var placed = await hub.PlaceOrdersAsync(itemId, 1);
        await hub.OrdersForAsync(sku, o => o.Count == 1 && StockOf(o[0]) == "Reserved");

        await hub.MoveOrderAsync(placed[0], "CANCELLED");
        var orders = await hub.OrdersForAsync(sku, o => o.Count == 1 && StockOf(o[0]) == "Released");

        Assert.Equal(("Cancelled", "Released"), (Text(orders[0], "status"), StockOf(orders[0])));
        Assert.Equal((5L, 0L, 5L), await StockSteps.LevelsAsync(hub.Admin, sku));
    }

    private async Task PollAsync()
    {
        await using var scope = hub.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OrderPolling>().PollShopAsync(Marketplace.Shopee, OrdersHub.ShopVn, CancellationToken.None);
    }

    private static Task<Features.Shops.ShopConnection> ShopAsync(IServiceProvider services) =>
        services.GetRequiredService<HubApi.Infrastructure.Persistence.HubDbContext>().Set<Features.Shops.ShopConnection>()
            .IgnoreQueryFilters().SingleAsync(s => s.ShopId == OrdersHub.ShopVn);

    internal static string Text(JsonElement element, string property) => element.GetProperty(property).GetString() ?? "";

    internal static string StockOf(JsonElement order) => Text(order, "stockState");
}
