using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Taobao;

public sealed class TaobaoOrderTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const string TokenPath = "/token"; // both the code exchange and the refresh
    private static readonly string Increment = TaobaoHarness.Calls("taobao.trades.sold.increment.get");

    [Fact]
    public async Task ListOrdersAsync_ThreeDays_OneDayWindowsPagedBackwardsEachTradeOnce()
    {
        await using var harness = await TaobaoHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?> { ["Connectors:Taobao:OrderPageSize"] = "2" });
        var shop = await harness.AuthorizeAsync(node);
        var from = harness.Host.Clock.GetUtcNow().AddSeconds(-1);
        await node.Connector.CreateListingAsync(shop, TaobaoHarness.Listing("T-1", stock: 100));
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 5 });
        harness.Host.Clock.Advance(TimeSpan.FromDays(2.5));
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 3, advanceTo = "WAIT_SELLER_SEND_GOODS" });

        var orders = await node.Connector.ListOrdersAsync(shop, new OrderQuery(from, harness.Host.Clock.GetUtcNow())).ToListAsync();

        Assert.Equal(8, orders.Select(o => o.ExternalOrderId).Distinct().Count());
        Assert.Equal(8, orders.Count);
        Assert.Equal(3, orders.Count(o => o.Status == OrderStatus.ReadyToShip));
        Assert.True(node.Http.Calls(Increment) >= 3 + 3, "three one-day windows, the first with a count page and three pages");
        var order = orders[0];
        Assert.Equal(Money.Of(398.50m, "CNY"), order.Total);
        Assert.Equal("内蒙古羊绒围巾 灰色 T-1", Assert.Single(order.Lines).Title);
        Assert.Equal(("浙江省", "杭州市", "西湖区"), (order.ShippingAddress!.State, order.ShippingAddress.City, order.ShippingAddress.District));
        Assert.StartsWith("张", order.ShippingAddress.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListOrdersAsync_SessionExpiresMidSync_RefreshesOnceAndFinishes()
    {
        await using var harness = await TaobaoHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?> { ["Connectors:Taobao:OrderPageSize"] = "2" });
        var shop = await harness.AuthorizeAsync(node);
        var from = harness.Host.Clock.GetUtcNow().AddSeconds(-1);
        await node.Connector.CreateListingAsync(shop, TaobaoHarness.Listing("T-2", stock: 100));
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 6 });
        var to = harness.Host.Clock.GetUtcNow();
        var before = (await harness.Store.GetAsync(shop))!.AccessToken;
        var exchanges = node.Http.Calls(TokenPath);

        var orders = new List<MarketplaceOrder>();
        await foreach (var order in node.Connector.ListOrdersAsync(shop, new OrderQuery(from, to)))
        {
            orders.Add(order);
            if (orders.Count == 1)
            {
                harness.Host.Clock.Advance(TimeSpan.FromDays(1.1)); // the one-day session expires between two pages
            }
        }

        Assert.Equal(6, orders.Select(o => o.ExternalOrderId).Distinct().Count());
        Assert.Equal(1, node.Http.Calls(TokenPath) - exchanges);
        Assert.NotEqual(before, (await harness.Store.GetAsync(shop))!.AccessToken);
    }

    [Fact]
    public async Task GetOrderAsync_KnownAndUnknown_DetailOrNull()
    {
        await using var harness = await TaobaoHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        await node.Connector.CreateListingAsync(shop, TaobaoHarness.Listing("T-3"));
        var tid = (await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 1, quantity = 2 })).GetProperty("orderIds")[0].GetString()!;

        var order = await node.Connector.GetOrderAsync(shop, tid);
        var missing = await node.Connector.GetOrderAsync(shop, "3600000000000009990");

        Assert.Equal((tid, OrderStatus.Unpaid, "WAIT_BUYER_PAY", Money.Of(797m, "CNY")), (order!.ExternalOrderId, order.Status, order.PlatformStatus, order.Total));
        Assert.Equal(19, tid.Length);
        Assert.Equal(2, Assert.Single(order.Lines).Quantity);
        Assert.Null(missing);
    }

    [Fact]
    public async Task ListOrdersAsync_StartOlderThanThreeMonths_RefusedBeforeAnyCall()
    {
        await using var harness = await TaobaoHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        var now = harness.Host.Clock.GetUtcNow();

        await Assert.ThrowsAsync<MarketplaceValidationException>(() => node.Connector.ListOrdersAsync(shop, new OrderQuery(now.AddDays(-100), now)).ToListAsync().AsTask());

        Assert.Equal(0, node.Http.Calls(Increment));
    }
}
