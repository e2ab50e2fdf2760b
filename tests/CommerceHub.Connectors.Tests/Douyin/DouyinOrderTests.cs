using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Douyin;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Douyin;

public sealed class DouyinOrderTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task ListOrdersAsync_RangeOfTwentyDaysAndSmallPages_EveryOrderOnceWithinHiddenWindows()
    {
        await using var harness = await DouyinHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?> { ["Connectors:Douyin:PageSize"] = "4" });
        var shop = await harness.AuthorizeAsync(node);
        await harness.AddProductAsync(shop.ShopId, "俄罗斯巧克力", ("CHOCO", 39.90m, 100));
        var start = harness.Host.Clock.GetUtcNow().AddSeconds(-1);
        var created = new List<string>();
        for (var day = 0; day < 3; day++)
        {
            var report = await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 5 });
            created.AddRange(report.GetProperty("orderIds").EnumerateArray().Select(o => o.GetString()!));
            harness.Host.Clock.Advance(TimeSpan.FromDays(8));

            // The hub's recurring refresh job keeps the shop authorized across the 14-day refresh lifetime.
            await node.Tokens.RefreshDueAsync(TimeSpan.FromDays(1));
        }

        var orders = await node.Capability<IOrderSource>().ListOrdersAsync(shop, new OrderQuery(start, harness.Host.Clock.GetUtcNow())).ToListAsync();

        Assert.Equal(created.Order(StringComparer.Ordinal), orders.Select(o => o.ExternalOrderId).Order(StringComparer.Ordinal));
        Assert.All(orders, o => Assert.Equal((OrderStatus.ReadyToShip, "2", Money.Of(39.90m, "CNY")), (o.Status, o.PlatformStatus, o.Total)));
        Assert.True(node.Http.Calls(DouyinHarness.Path(DouyinClient.OrderSearch)) >= 4, "24 days need at least 4 windows of 7 days");
    }

    [Fact]
    public async Task GetOrderAsync_ChineseAddressAndLines_NoMojibake_UnknownOrderIsNull()
    {
        await using var harness = await DouyinHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        var (productId, skus) = await harness.AddProductAsync(shop.ShopId, "白俄罗斯奶粉（婴儿配方）", ("MILK-1", 168.80m, 10));
        var orderId = (await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 1, quantity = 2 })).GetProperty("orderIds")[0].GetString()!;

        var order = await node.Connector.GetOrderAsync(shop, orderId);
        var missing = await node.Connector.GetOrderAsync(shop, "6920000000000099999");

        Assert.NotNull(order);
        Assert.Null(missing);
        var line = Assert.Single(order.Lines);
        Assert.Equal((productId, skus[0], "MILK-1", "白俄罗斯奶粉（婴儿配方）", 2, Money.Of(168.80m, "CNY")), (line.ExternalItemId, line.ExternalVariantId, line.Sku, line.Title, line.Quantity, line.UnitPrice));
        Assert.Equal(Money.Of(337.60m, "CNY"), order.Total);
        Assert.Equal(("内蒙古自治区", "锡林郭勒盟", "二连浩特市", "CN"), (order.ShippingAddress!.State, order.ShippingAddress.City, order.ShippingAddress.District, order.ShippingAddress.Region));
        Assert.StartsWith("抖音买家", order.ShippingAddress.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListOrdersAsync_OrdersUpdatedWhileReading_StillEachOnce()
    {
        await using var harness = await DouyinHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?> { ["Connectors:Douyin:PageSize"] = "3" });
        var shop = await harness.AuthorizeAsync(node);
        await harness.AddProductAsync(shop.ShopId, "羊绒衫", ("CASH", 899m, 100));
        var start = harness.Host.Clock.GetUtcNow().AddSeconds(-1);
        var ids = (await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 10 })).GetProperty("orderIds").EnumerateArray().Select(o => o.GetString()!).ToList();
        harness.Host.Clock.Advance(TimeSpan.FromSeconds(5));

        var seen = new List<string>();
        await foreach (var order in node.Connector.ListOrdersAsync(shop, new OrderQuery(start, harness.Host.Clock.GetUtcNow().AddMinutes(1))))
        {
            seen.Add(order.ExternalOrderId);
            if (seen.Count == 2)
            {
                // The first order is cancelled mid-read: it moves to the end of the update-time order.
                await harness.PostAsync($"orders/{ids[0]}/status", new { shopId = shop.ShopId, status = "4" });
            }
        }

        Assert.Equal(ids.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }
}
