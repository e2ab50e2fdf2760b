using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Douyin;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Douyin;

public sealed class DouyinCatalogTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task ListItemsAsync_ChineseTitlesAndFenPrices_ComeBackExactlyAsDecimalCny()
    {
        await using var harness = await DouyinHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?> { ["Connectors:Douyin:PageSize"] = "2" });
        var shop = await harness.AuthorizeAsync(node);
        await harness.AddProductAsync(shop.ShopId, "蒙古国羊绒围巾（灰色）", ("SCARF", 299.90m, 7));
        await harness.AddProductAsync(shop.ShopId, "俄罗斯“Алёнка”巧克力", ("CHOCO-S", 19.99m, 3), ("CHOCO-L", 39.50m, 4));
        await harness.AddProductAsync(shop.ShopId, "白俄罗斯全脂奶粉 800g", ("MILK", 168m, 1));

        var items = await node.Capability<IItemSource>().ListItemsAsync(shop, new ItemQuery()).ToListAsync();

        Assert.Equal(["蒙古国羊绒围巾（灰色）", "俄罗斯“Алёнка”巧克力", "白俄罗斯全脂奶粉 800g"], items.Select(i => i.Title));
        Assert.Equal((Money.Of(299.90m, "CNY"), 7, "SCARF"), (items[0].Price!.Value, items[0].Stock!.Value, items[0].Sku));
        Assert.Equal([19.99m, 39.50m], items[1].Variants.Select(v => v.Price.Amount));
        Assert.Equal(2, node.Http.Calls(DouyinHarness.Path(DouyinClient.ProductList)));
    }

    [Fact]
    public async Task UpdateStockAsync_SixtySkusOfOneProduct_SplitIntoBatchesOfFiftyAndApplied()
    {
        await using var harness = await DouyinHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        var (productId, skus) = await harness.AddProductAsync(shop.ShopId, "面粉 5kg", [.. Enumerable.Range(0, 60).Select(i => ($"FLOUR-{i}", 45m, 0))]);

        var result = await node.Capability<IInventorySink>().UpdateStockAsync(shop, [.. skus.Select((id, i) => new StockUpdate(productId, id, i + 1))]);

        Assert.Equal((60, 0), (result.Succeeded, result.Failures.Count));
        Assert.Equal(2, node.Http.Calls(DouyinHarness.Path(DouyinClient.SyncStockBatch)));
        var item = Assert.Single(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 60), item.Variants.Select(v => v.Stock));
    }

    [Fact]
    public async Task UpdateStockAsync_UnknownSkuOrMissingVariant_ReportedAsFailuresOthersApplied()
    {
        await using var harness = await DouyinHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        var (good, goodSkus) = await harness.AddProductAsync(shop.ShopId, "奶粉", ("M", 100m, 1));
        var (other, _) = await harness.AddProductAsync(shop.ShopId, "巧克力", ("C", 10m, 1));

        var result = await node.Connector.UpdateStockAsync(shop, [new(good, goodSkus[0], 9), new(other, "999", 3), new(other, null, 3)]);

        Assert.Equal(1, result.Succeeded);
        Assert.Equal(2, result.Failures.Count);
    }

    [Fact]
    public async Task UpdatePricesAsync_SentInFenAndWrongCurrencyRefusedBeforeAnyCall()
    {
        await using var harness = await DouyinHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        var (productId, skus) = await harness.AddProductAsync(shop.ShopId, "围巾", ("S1", 100m, 1), ("S2", 100m, 1));

        var result = await node.Capability<IPriceSink>().UpdatePricesAsync(shop, [new(productId, skus[0], Money.Of(0.01m, "CNY")), new(productId, skus[1], Money.Of(1234.56m, "CNY"))]);
        await Assert.ThrowsAsync<MarketplaceValidationException>(() => node.Connector.UpdatePricesAsync(shop, [new(productId, skus[0], Money.Of(12.345m, "CNY"))]));
        await Assert.ThrowsAsync<MarketplaceValidationException>(() => node.Connector.UpdatePricesAsync(shop, [new(productId, skus[0], Money.Of(10m, "USD"))]));

        Assert.Equal(2, result.Succeeded);
        Assert.Equal(2, node.Http.Calls(DouyinHarness.Path(DouyinClient.EditPrice)));
        var inspect = await harness.GetAsync($"shops/{shop.ShopId}");
        Assert.Equal([1L, 123456L], inspect.GetProperty("products")[0].GetProperty("skus").EnumerateArray().Select(s => s.GetProperty("priceFen").GetInt64()));
    }
}
