using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Lazada;

public sealed class LazadaOrderTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const string OrdersPath = "/rest/orders/get";
    private const string RefreshPath = "/rest/auth/token/refresh";

    [Fact]
    public async Task ListOrdersAsync_SmallPagesOverSeveralUpdateTimes_EveryOrderOnce()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?> { ["Connectors:Lazada:OrderPageSize"] = "3" });
        var shop = await harness.AuthorizeAsync(node, LazadaHarness.SellerVn);
        var from = harness.Host.Clock.GetUtcNow().AddSeconds(-1);
        await LazadaHarness.ListSimpleAsync(node, shop, "TEE");
        var expected = new HashSet<string>();
        foreach (var count in (int[])[4, 5, 2])
        {
            var report = await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count });
            expected.UnionWith(report.GetProperty("orderIds").EnumerateArray().Select(o => o.GetString()!));
            harness.Host.Clock.Advance(TimeSpan.FromSeconds(30));
        }

        var orders = await node.Connector.ListOrdersAsync(shop, new OrderQuery(from, harness.Host.Clock.GetUtcNow())).ToListAsync();

        Assert.Equal(11, orders.Count);
        Assert.Equal(expected, orders.Select(o => o.ExternalOrderId).ToHashSet());
        Assert.True(node.Http.Calls(OrdersPath) >= 4, "11 orders in pages of 3 need at least 4 pages");
        Assert.Equal(orders.OrderBy(o => o.UpdatedAt).Select(o => o.ExternalOrderId), orders.Select(o => o.ExternalOrderId));
    }

    [Fact]
    public async Task ListOrdersAsync_RangeEndsBeforeLaterOrders_LaterOnesLeftOut()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, LazadaHarness.SellerVn);
        var from = harness.Host.Clock.GetUtcNow().AddSeconds(-1);
        await LazadaHarness.ListSimpleAsync(node, shop, "TEE");
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 2 });
        var to = harness.Host.Clock.GetUtcNow();
        harness.Host.Clock.Advance(TimeSpan.FromMinutes(5));
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 3 });

        var orders = await node.Connector.ListOrdersAsync(shop, new OrderQuery(from, to)).ToListAsync();

        Assert.Equal(2, orders.Count);
    }

    [Fact]
    public async Task ListOrdersAsync_TokenExpiresMidSync_RefreshesOnceAndFinishes()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?> { ["Connectors:Lazada:OrderPageSize"] = "2" });
        var shop = await harness.AuthorizeAsync(node, LazadaHarness.SellerVn);
        var from = harness.Host.Clock.GetUtcNow().AddSeconds(-1);
        await LazadaHarness.ListSimpleAsync(node, shop, "TEE");
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 6 });
        var to = harness.Host.Clock.GetUtcNow();
        var before = (await harness.Store.GetAsync(shop))!.AccessToken;

        var orders = new List<MarketplaceOrder>();
        await foreach (var order in node.Connector.ListOrdersAsync(shop, new OrderQuery(from, to)))
        {
            orders.Add(order);
            if (orders.Count == 1)
            {
                harness.Host.Clock.Advance(TimeSpan.FromDays(7.1)); // the access token expires between two pages
            }
        }

        Assert.Equal(6, orders.Select(o => o.ExternalOrderId).Distinct().Count());
        Assert.Equal(1, node.Http.Calls(RefreshPath));
        Assert.NotEqual(before, (await harness.Store.GetAsync(shop))!.AccessToken);
    }

    [Fact]
    public async Task Call_AccessTokenRejectedByPlatform_RefreshedOnceAndRepeated()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, LazadaHarness.SellerVn);
        await harness.Store.SaveAsync((await harness.Store.GetAsync(shop))! with { AccessToken = "replaced-elsewhere" });

        var items = await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync();

        Assert.Empty(items);
        Assert.Equal(1, node.Http.Calls(RefreshPath));
        Assert.Equal(2, node.Http.Calls("/rest/products/get"));
    }

    [Fact]
    public async Task GetOrderAsync_TwoUnitsPending_MapsMoneyLinesStatusAndTimes()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, LazadaHarness.SellerVn);
        var listing = await LazadaHarness.ListSimpleAsync(node, shop, "TEE");
        var report = await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 1, quantity = 2, advanceTo = "pending" });
        var orderId = report.GetProperty("orderIds")[0].GetString()!;

        var order = await node.Connector.GetOrderAsync(shop, orderId);

        Assert.NotNull(order);
        Assert.Equal((OrderStatus.ReadyToShip, "pending"), (order.Status, order.PlatformStatus));
        Assert.Equal(Money.Of(300_000, "VND"), order.Total);
        Assert.Equal("300000 VND", order.Total.ToString());
        var line = Assert.Single(order.Lines);
        Assert.Equal((listing.ExternalItemId, listing.Variants[0].ExternalVariantId, "TEE", 2), (line.ExternalItemId, line.ExternalVariantId, line.Sku, line.Quantity));
        Assert.Equal(Money.Of(150_000, "VND"), line.UnitPrice);
        Assert.Equal(harness.Host.Clock.GetUtcNow(), order.CreatedAt, TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.FromHours(7), order.CreatedAt.Offset);
        Assert.NotNull(order.ShippingAddress);
    }

    [Fact]
    public async Task GetOrderAsync_UnknownOrder_ReturnsNull()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, LazadaHarness.SellerVn);

        Assert.Null(await node.Connector.GetOrderAsync(shop, "987654321"));
    }
}
