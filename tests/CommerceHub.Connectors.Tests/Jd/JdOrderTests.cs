using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Jd;

public sealed class JdOrderTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const string RefreshPath = "/oauth2/refresh_token";
    private static readonly string Search = JdHarness.Calls("jingdong.pop.order.search");

    [Fact]
    public async Task ListOrdersAsync_FortyDays_ThirtyDayWindowsPagedBackwardsEachOrderOnce()
    {
        await using var harness = await JdHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?> { ["Connectors:JD:OrderPageSize"] = "2" });
        var shop = await harness.AuthorizeAsync(node);
        var from = harness.Host.Clock.GetUtcNow().AddSeconds(-1);
        await harness.AddSkuAsync(price: 128.50m, stock: 100);
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 5 });
        harness.Host.Clock.Advance(TimeSpan.FromDays(25)); // within the 30-day token
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 2, advanceTo = "WAIT_GOODS_RECEIVE_CONFIRM" });
        harness.Host.Clock.Advance(TimeSpan.FromDays(15));
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 1 });

        var orders = await node.Connector.ListOrdersAsync(shop, new OrderQuery(from, harness.Host.Clock.GetUtcNow())).ToListAsync();

        Assert.Equal(8, orders.Count);
        Assert.Equal(8, orders.Select(o => o.ExternalOrderId).Distinct().Count());
        Assert.Equal(2, orders.Count(o => o.Status == OrderStatus.Shipped));
        Assert.True(node.Http.Calls(Search) >= 2 + 3, "two windows, the first with a count page and three pages");
        var order = orders[0];
        Assert.Equal(Money.Of(128.50m, "CNY"), order.Total);
        Assert.Equal("俄罗斯巧克力 榛子味 200克", Assert.Single(order.Lines).Title);
        Assert.Equal(("北京", "北京市", "朝阳区", "北京市朝阳区建国路88号"), (order.ShippingAddress!.State, order.ShippingAddress.City, order.ShippingAddress.District, order.ShippingAddress.Line));
        Assert.StartsWith("买家", order.ShippingAddress.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListOrdersAsync_TokenExpiresMidSync_RefreshesOnceAndFinishes()
    {
        await using var harness = await JdHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?> { ["Connectors:JD:OrderPageSize"] = "2" });
        var shop = await harness.AuthorizeAsync(node);
        var from = harness.Host.Clock.GetUtcNow().AddSeconds(-1);
        await harness.AddSkuAsync(stock: 100);
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 6 });
        var to = harness.Host.Clock.GetUtcNow();
        var before = (await harness.Store.GetAsync(shop))!.AccessToken;

        var orders = new List<MarketplaceOrder>();
        await foreach (var order in node.Connector.ListOrdersAsync(shop, new OrderQuery(from, to)))
        {
            orders.Add(order);
            if (orders.Count == 1)
            {
                harness.Host.Clock.Advance(TimeSpan.FromDays(30.1)); // the access token expires between two pages
            }
        }

        Assert.Equal(6, orders.Select(o => o.ExternalOrderId).Distinct().Count());
        Assert.Equal(1, node.Http.Calls(RefreshPath));
        Assert.NotEqual(before, (await harness.Store.GetAsync(shop))!.AccessToken);
    }

    [Fact]
    public async Task GetOrderAsync_KnownAndUnknown_DetailOrNull()
    {
        await using var harness = await JdHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        var (ware, sku) = await harness.AddSkuAsync(price: 20m);
        var id = (await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 1, quantity = 3 })).GetProperty("orderIds")[0].GetString()!;

        var order = await node.Connector.GetOrderAsync(shop, id);
        var missing = await node.Connector.GetOrderAsync(shop, "1");

        Assert.Equal((id, OrderStatus.ReadyToShip, "WAIT_SELLER_STOCK_OUT", Money.Of(60m, "CNY")), (order!.ExternalOrderId, order.Status, order.PlatformStatus, order.Total));
        var line = Assert.Single(order.Lines);
        Assert.Equal((ware, sku, 3), (line.ExternalItemId, line.ExternalVariantId, line.Quantity));
        Assert.Null(missing);
    }
}
