using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Taobao;

public sealed class TaobaoStockTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task UpdateStockAndPrices_SeveralItems_AbsoluteValuesAndUnknownItemReported()
    {
        await using var harness = await TaobaoHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        var first = await node.Connector.CreateListingAsync(shop, TaobaoHarness.Listing("S-1"));
        var second = await node.Connector.CreateListingAsync(shop, TaobaoHarness.Listing("S-2"));

        var stock = await node.Connector.UpdateStockAsync(shop, [new(first.ExternalItemId, null, 3), new(second.ExternalItemId, null, 0), new("600999999999", null, 5)]);
        var again = await node.Connector.UpdateStockAsync(shop, [new(first.ExternalItemId, null, 3)]);
        var prices = await node.Connector.UpdatePricesAsync(shop, [new(first.ExternalItemId, null, Money.Of(88.80m, "CNY"))]);

        Assert.Equal(2, stock.Succeeded);
        Assert.Equal("600999999999", Assert.Single(stock.Failures).ExternalItemId);
        Assert.Equal(1, again.Succeeded);
        Assert.Equal(1, prices.Succeeded);
        var items = (await harness.ItemsAsync()).ToDictionary(i => i.GetProperty("numIid").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((3, "88.80"), (items[first.ExternalItemId].GetProperty("num").GetInt32(), items[first.ExternalItemId].GetProperty("price").GetString()));
        Assert.Equal(0, items[second.ExternalItemId].GetProperty("num").GetInt32());
    }

    [Fact]
    public async Task UpdatePricesAsync_ThirdDecimal_RefusedBeforeAnyCall()
    {
        await using var harness = await TaobaoHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        var item = await node.Connector.CreateListingAsync(shop, TaobaoHarness.Listing("P-1"));
        var before = node.Http.Calls(TaobaoHarness.Router);

        await Assert.ThrowsAsync<MarketplaceValidationException>(() =>
            node.Connector.UpdatePricesAsync(shop, [new(item.ExternalItemId, null, Money.Of(10m, "CNY")), new(item.ExternalItemId, null, Money.Of(9.999m, "CNY"))]));

        Assert.Equal(before, node.Http.Calls(TaobaoHarness.Router));
    }
}
