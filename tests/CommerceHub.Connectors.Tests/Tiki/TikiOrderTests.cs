using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Tiki;

public sealed class TikiOrderTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const string OrdersPath = "/integration/v2/orders";

    [Fact]
    public async Task ListOrdersAsync_OrdersBeforeQueueing_LeftOut()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);
        var item = (await harness.SeedProductsAsync(node, shop, "ORD", 0))[0].ExternalVariantId;
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 2, itemId = item });
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 2, itemId = item, advanceTo = "processing" });
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 3, itemId = item, advanceTo = "queueing" });
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 1, itemId = item, advanceTo = "shipping" });
        var now = harness.Host.Clock.GetUtcNow();

        var orders = await node.Capability<IOrderSource>().ListOrdersAsync(shop, new OrderQuery(now.AddHours(-1), now.AddMinutes(1))).ToListAsync();

        Assert.Equal(4, orders.Count);
        Assert.Equal(["queueing", "queueing", "queueing", "shipping"], orders.Select(o => o.PlatformStatus).Order());
        Assert.All(orders, o => Assert.Equal(Money.Of(150_000, "VND"), o.Total));
        Assert.All(orders, o => Assert.InRange(o.UpdatedAt, now.AddSeconds(-30), now.AddSeconds(1)));
    }

    [Fact]
    public async Task ListOrdersAsync_MoreThanOnePage_EachOrderOnce()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);
        var item = (await harness.SeedProductsAsync(node, shop, "PAGE", 0, stock: 500))[0].ExternalVariantId;
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 130, itemId = item, advanceTo = "queueing" });
        var now = harness.Host.Clock.GetUtcNow();

        var orders = await node.Connector.ListOrdersAsync(shop, new OrderQuery(now.AddHours(-1), now.AddMinutes(1))).ToListAsync();

        Assert.Equal(130, orders.Select(o => o.ExternalOrderId).Distinct().Count());
        Assert.Equal(2, node.Http.Calls(OrdersPath));
    }

    [Fact]
    public async Task ListOrdersAsync_RangeBeforeOrders_Empty()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);
        var item = (await harness.SeedProductsAsync(node, shop, "OLD", 0))[0].ExternalVariantId;
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 2, itemId = item, advanceTo = "queueing" });
        var now = harness.Host.Clock.GetUtcNow();

        var orders = await node.Connector.ListOrdersAsync(shop, new OrderQuery(now.AddDays(-2), now.AddDays(-1))).ToListAsync();

        Assert.Empty(orders);
    }

    [Fact]
    public async Task GetOrderAsync_KnownAndUnknown_DetailOrNull()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);
        var products = await harness.SeedProductsAsync(node, shop, "DET", 0);
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 1, quantity = 2, itemId = products[0].ExternalVariantId, advanceTo = "ready_to_ship" });
        var now = harness.Host.Clock.GetUtcNow();
        var listed = Assert.Single(await node.Connector.ListOrdersAsync(shop, new OrderQuery(now.AddHours(-1), now)).ToListAsync());

        var order = await node.Connector.GetOrderAsync(shop, listed.ExternalOrderId);
        var missing = await node.Connector.GetOrderAsync(shop, "999999999");

        Assert.NotNull(order);
        Assert.Equal(OrderStatus.Processed, order.Status);
        Assert.Equal(Money.Of(300_000, "VND"), order.Total);
        var line = Assert.Single(order.Lines);
        Assert.Equal((products[0].ExternalVariantId, "DET", 2), (line.ExternalItemId, line.Sku, line.Quantity));
        Assert.Equal("VN", order.ShippingAddress?.Region);
        Assert.Null(missing);
    }
}
