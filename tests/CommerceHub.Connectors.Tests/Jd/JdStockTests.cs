using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Jd;

public sealed class JdStockTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task ListItemsAsync_ChineseSkuNames_NoMojibakeThroughSignSendSandboxAndParse()
    {
        await using var harness = await JdHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?> { ["Connectors:JD:SkuPageSize"] = "2" });
        var shop = await harness.AuthorizeAsync(node);
        var (ware, sku) = await harness.AddSkuAsync("白俄罗斯全脂奶粉 900克", 168.00m, 12, outerSkuId: "MILK-900");
        await harness.AddSkuAsync();
        await harness.AddSkuAsync("内蒙古风干牛肉干 五香", 59.90m, 3);

        var items = await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync();

        Assert.Equal(3, items.Count);
        var milk = Assert.Single(items, i => i.ExternalItemId == ware);
        Assert.Equal(("白俄罗斯全脂奶粉 900克", "MILK-900", Money.Of(168m, "CNY"), 12), (milk.Title, milk.Sku, milk.Price!.Value, milk.Stock!.Value));
        Assert.Equal(sku, Assert.Single(milk.Variants).ExternalVariantId);
        Assert.Contains(items, i => i.Title == "内蒙古风干牛肉干 五香");
    }

    [Fact]
    public async Task UpdateStockAndPrices_PerSku_AbsoluteValuesAndUnknownSkuReportedInChinese()
    {
        await using var harness = await JdHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        var (ware, sku) = await harness.AddSkuAsync();

        var stock = await node.Connector.UpdateStockAsync(shop, [new(ware, sku, 7), new(ware, "100999999999", 1), new(ware, null, 1)]);
        var again = await node.Connector.UpdateStockAsync(shop, [new(ware, sku, 7)]);
        var prices = await node.Connector.UpdatePricesAsync(shop, [new(ware, sku, Money.Of(35.50m, "CNY"))]);

        Assert.Equal(1, stock.Succeeded);
        Assert.Equal(2, stock.Failures.Count);
        Assert.Contains("SKU不存在", Assert.Single(stock.Failures, f => f.ExternalVariantId == "100999999999").Reason, StringComparison.Ordinal);
        Assert.Equal((1, 1), (again.Succeeded, prices.Succeeded));
        var stored = Assert.Single(await harness.SkusAsync());
        Assert.Equal((7, "35.50"), (stored.GetProperty("stock").GetInt32(), stored.GetProperty("jdPrice").GetString()));
    }

    [Fact]
    public async Task UpdatePricesAsync_FenFractionOrOtherCurrency_RefusedBeforeAnyCall()
    {
        await using var harness = await JdHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        var (ware, sku) = await harness.AddSkuAsync();

        await Assert.ThrowsAsync<MarketplaceValidationException>(() => node.Connector.UpdatePricesAsync(shop, [new(ware, sku, Money.Of(9.999m, "CNY"))]));
        await Assert.ThrowsAsync<MarketplaceValidationException>(() => node.Connector.UpdatePricesAsync(shop, [new(ware, sku, Money.Of(10m, "RUB"))]));

        Assert.Equal(0, node.Http.Calls(JdHarness.Router));
    }
}
