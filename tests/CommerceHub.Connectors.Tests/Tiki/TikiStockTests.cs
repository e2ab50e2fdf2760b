using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Tiki;

public sealed class TikiStockTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const string UpdateSkuPath = "/integration/v2/products/updateSku";
    private const string UpdateSkusPath = "/integration/v2.1/products/updateSkus";

    [Fact]
    public async Task UpdateStockAsync_SixtyProducts_TwoBatchCallsAndEveryQuantitySet()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);
        var products = await harness.SeedProductsAsync(node, shop, "BULK", 60);

        var result = await node.Capability<IInventorySink>().UpdateStockAsync(shop, [.. products.Select((p, i) => new StockUpdate(p.ExternalVariantId, null, i))]);

        Assert.Equal((60, 0), (result.Succeeded, result.Failures.Count));
        Assert.Equal(2, node.Http.Calls(UpdateSkusPath));
        var stock = (await harness.ProductsAsync(shop.ShopId)).ToDictionary(
            p => p.GetProperty("original_sku").GetString()!, p => p.GetProperty("inventory").GetProperty("quantity_available").GetInt32());
        Assert.All(products.Select((p, i) => (p.Sku, i)), e => Assert.Equal(e.i, stock[e.Sku]));
    }

    [Fact]
    public async Task UpdateStockAsync_OneEntry_UsesUpdateSku()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);
        var products = await harness.SeedProductsAsync(node, shop, "ONE", 0);

        var result = await node.Connector.UpdateStockAsync(shop, [new StockUpdate(products[0].ExternalVariantId, null, 7)]);

        Assert.Equal(1, result.Succeeded);
        Assert.Equal((1, 0), (node.Http.Calls(UpdateSkuPath), node.Http.Calls(UpdateSkusPath)));
        Assert.Equal(7, Assert.Single(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync()).Stock);
    }

    [Fact]
    public async Task UpdateStockAsync_UnknownProductInBatch_ReportedAsFailureOthersApplied()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);
        var products = await harness.SeedProductsAsync(node, shop, "MIX", 2);

        var result = await node.Connector.UpdateStockAsync(shop, [.. products.Select(p => new StockUpdate(p.ExternalVariantId, null, 3)), new StockUpdate("999999999", null, 3)]);

        Assert.Equal(2, result.Succeeded);
        Assert.Equal("999999999", Assert.Single(result.Failures).ExternalItemId);
    }

    [Fact]
    public async Task UpdatePricesAsync_WholeVnd_PricesSet()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);
        var products = await harness.SeedProductsAsync(node, shop, "PRICE", 3);

        var result = await node.Capability<IPriceSink>().UpdatePricesAsync(shop, [.. products.Select(p => new PriceUpdate(p.ExternalVariantId, null, Money.Of(199_000, "VND")))]);

        Assert.Equal(3, result.Succeeded);
        Assert.All(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync(), i => Assert.Equal(Money.Of(199_000, "VND"), i.Price));
    }

    [Theory]
    [InlineData(199_000.5, "VND")]
    [InlineData(19.99, "USD")]
    public async Task UpdatePricesAsync_AmountTikiCannotCarry_RefusedBeforeAnyCall(decimal amount, string currency)
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);
        var products = await harness.SeedProductsAsync(node, shop, "FRAC", 2);

        var error = await Assert.ThrowsAsync<MarketplaceValidationException>(() => node.Connector.UpdatePricesAsync(shop,
            [new PriceUpdate(products[0].ExternalVariantId, null, Money.Of(150_000, "VND")), new PriceUpdate(products[1].ExternalVariantId, null, Money.Of(amount, currency))]));

        Assert.Equal("client.price_precision", error.PlatformCode);
        Assert.Equal((0, 0), (node.Http.Calls(UpdateSkuPath), node.Http.Calls(UpdateSkusPath)));
    }
}
