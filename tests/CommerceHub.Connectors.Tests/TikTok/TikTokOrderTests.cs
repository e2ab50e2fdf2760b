using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.TikTok;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.TikTok;

public sealed class TikTokOrderTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task ListOrdersAsync_SeveralPages_EachOrderOnceWithDecimalTotals()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?> { ["Connectors:TikTok:PageSize"] = "5" });
        var shop = await harness.AuthorizeAsync(node);
        await TikTokHarness.ListSimpleItemAsync(node, shop, "TEE");
        var report = await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 12, quantity = 2 });
        var now = harness.Host.Clock.GetUtcNow();

        var orders = await node.Connector.ListOrdersAsync(shop, new OrderQuery(now.AddDays(-30), now)).ToListAsync();

        Assert.Equal(report.GetProperty("orderIds").EnumerateArray().Select(o => o.GetString()!).Order(), orders.Select(o => o.ExternalOrderId).Order());
        Assert.Equal(3, node.Http.Calls(TikTokClient.OrderSearchApi));
        Assert.All(orders, o => Assert.Equal(Money.Of(300_000, "VND"), o.Total));
        Assert.All(orders, o => Assert.Equal(("TEE", 2, Money.Of(150_000, "VND")), (o.Lines.Single().Sku, o.Lines.Single().Quantity, o.Lines.Single().UnitPrice)));
        Assert.All(orders, o => Assert.Equal((OrderStatus.Unpaid, "VN"), (o.Status, o.ShippingAddress!.Region)));
    }

    [Fact]
    public async Task ListOrdersAsync_RangeBeforeUpdates_Empty()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        await TikTokHarness.ListSimpleItemAsync(node, shop, "TEE");
        var before = harness.Host.Clock.GetUtcNow().AddSeconds(-10);
        harness.Host.Clock.Advance(TimeSpan.FromMinutes(1));
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 2 });

        Assert.Empty(await node.Connector.ListOrdersAsync(shop, new OrderQuery(before.AddHours(-1), before)).ToListAsync());
        Assert.Equal(2, (await node.Connector.ListOrdersAsync(shop, new OrderQuery(before, harness.Host.Clock.GetUtcNow())).ToListAsync()).Count);
    }

    [Fact]
    public async Task GetOrderAsync_KnownAndUnknown_OrderOrNull()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        await TikTokHarness.ListSimpleItemAsync(node, shop, "TEE");
        var report = await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 1, advanceTo = "AWAITING_SHIPMENT" });
        var id = report.GetProperty("orderIds")[0].GetString()!;

        var order = await node.Connector.GetOrderAsync(shop, id);

        Assert.Equal((OrderStatus.ReadyToShip, "AWAITING_SHIPMENT"), (order!.Status, order.PlatformStatus));
        Assert.NotNull(order.PaidAt);
        Assert.Null(await node.Connector.GetOrderAsync(shop, "576999999999999999"));
    }
}
