using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Shopee;

public sealed class ShopeeOrderTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const string OrderListPath = "/api/v2/order/get_order_list";
    private const string RefreshPath = "/api/v2/auth/access_token/get";

    [Fact]
    public async Task ListOrdersAsync_RangeOverTwoWindowsAndSeveralPages_EveryOrderOnce()
    {
        await using var harness = await ShopeeHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, ShopeeHarness.ShopVn);
        await ShopeeHarness.ListSimpleItemAsync(node, shop, "TEE");
        var start = harness.Host.Clock.GetUtcNow().AddMinutes(-1);
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 130 });
        harness.Host.Clock.Advance(TimeSpan.FromDays(10));
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 40 });
        harness.Host.Clock.Advance(TimeSpan.FromDays(10));
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 30 });

        var orders = await node.Connector.ListOrdersAsync(shop, new OrderQuery(start, harness.Host.Clock.GetUtcNow())).ToListAsync();

        Assert.Equal(200, orders.Count);
        Assert.Equal(200, orders.Select(o => o.ExternalOrderId).Distinct(StringComparer.Ordinal).Count());
        Assert.True(orders.Max(o => o.UpdatedAt) - orders.Min(o => o.UpdatedAt) > TimeSpan.FromDays(15));
        Assert.True(node.Http.Calls(OrderListPath) >= 3, $"get_order_list called {node.Http.Calls(OrderListPath)} times");
    }

    [Fact]
    public async Task ListOrdersAsync_TokenExpiresMidSync_RefreshesOnceAndFinishes()
    {
        await using var harness = await ShopeeHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, ShopeeHarness.ShopVn);
        await ShopeeHarness.ListSimpleItemAsync(node, shop, "TEE");
        var start = harness.Host.Clock.GetUtcNow().AddMinutes(-1);
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 220 });
        var query = new OrderQuery(start, harness.Host.Clock.GetUtcNow().AddMinutes(1));

        var seen = new List<MarketplaceOrder>();
        await foreach (var order in node.Connector.ListOrdersAsync(shop, query))
        {
            if (seen.Count == 1)
            {
                harness.Host.Clock.Advance(TimeSpan.FromHours(4) + TimeSpan.FromMinutes(1)); // access token dead from here on
            }

            seen.Add(order);
        }

        Assert.Equal(220, seen.Select(o => o.ExternalOrderId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(1, node.Http.Calls(RefreshPath));
    }

    [Fact]
    public async Task Call_AccessTokenRejectedByPlatform_RefreshedOnceAndRepeated()
    {
        await using var harness = await ShopeeHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, ShopeeHarness.ShopVn);
        var stored = await harness.Store.GetAsync(shop);
        await harness.Store.SaveAsync(stored! with { AccessToken = "00000000000000000000000000000000" }); // e.g. replaced by the platform

        var items = await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync();

        Assert.Empty(items);
        Assert.Equal(1, node.Http.Calls(RefreshPath));
        Assert.Equal(2, node.Http.Calls("/api/v2/product/get_item_list"));
    }

    [Fact]
    public async Task GetOrderAsync_PaidOrder_MapsMoneyLinesAddressAndTimes()
    {
        await using var harness = await ShopeeHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, ShopeeHarness.ShopVn);
        await ShopeeHarness.ListSimpleItemAsync(node, shop, "TEE");
        var report = await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 1, quantity = 2, advanceTo = "READY_TO_SHIP" });
        var orderId = report.GetProperty("orderIds")[0].GetString()!; // one order was requested and the item has stock

        var order = await node.Connector.GetOrderAsync(shop, orderId);

        Assert.NotNull(order);
        Assert.Equal(OrderStatus.ReadyToShip, order.Status);
        Assert.Equal(Money.Of(300_000, "VND"), order.Total);
        var line = Assert.Single(order.Lines);
        Assert.Equal(("TEE", 2, Money.Of(150_000, "VND")), (line.Sku, line.Quantity, line.UnitPrice));
        Assert.NotNull(order.PaidAt);
        Assert.Equal("VN", order.ShippingAddress?.Region);
        Assert.Null(await node.Connector.GetOrderAsync(shop, "261103NOSUCHONE"));
    }
}
