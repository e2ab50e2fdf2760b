using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Lazada;

public sealed class LazadaStockTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const string PriceQuantityPath = "/rest/product/price_quantity/update";

    [Fact]
    public async Task UpdateStockAsync_FiftyFiveSkus_BatchesOfTwentyAndEveryStockSet()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, LazadaHarness.SellerVn);
        var big = await node.Connector.CreateListingAsync(shop, LazadaHarness.VariantListing("BIG", 45));
        var small = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => LazadaHarness.ListSimpleAsync(node, shop, $"ONE{i}")));
        var updates = big.Variants.Concat(small.SelectMany(s => s.Variants.Select(v => v with { Sku = s.ExternalItemId })))
            .Select((v, i) => new StockUpdate(v.Sku.StartsWith("BIG", StringComparison.Ordinal) ? big.ExternalItemId : v.Sku, v.ExternalVariantId, 100 + i))
            .ToList();

        var result = await node.Connector.UpdateStockAsync(shop, updates);

        Assert.Equal((55, 0), (result.Succeeded, result.Failures.Count));
        Assert.Equal(3, node.Http.Calls(PriceQuantityPath));
        var stock = (await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync()).SelectMany(i => i.Variants).ToDictionary(v => v.ExternalVariantId, v => v.Stock);
        Assert.All(updates, u => Assert.Equal(u.Quantity, stock[u.ExternalVariantId!]));
    }

    [Fact]
    public async Task UpdateStockAsync_BelowCampaignLock_ReadableFailureForThatSkuOthersApplied()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, LazadaHarness.SellerVn);
        var listing = await node.Connector.CreateListingAsync(shop, LazadaHarness.VariantListing("CAMP", 3));
        var locked = listing.Variants[1].ExternalVariantId;
        await harness.PostAsync("campaigns", new { shopId = shop.ShopId, itemId = listing.ExternalItemId, modelId = locked, quantity = 40 });

        var result = await node.Connector.UpdateStockAsync(shop, [.. listing.Variants.Select(v => new StockUpdate(listing.ExternalItemId, v.ExternalVariantId, 5))]);

        Assert.Equal(2, result.Succeeded);
        var failure = Assert.Single(result.Failures);
        Assert.Equal((listing.ExternalItemId, locked), (failure.ExternalItemId, failure.ExternalVariantId));
        Assert.Contains("locked by a running campaign", failure.Reason, StringComparison.Ordinal);
        var item = Assert.Single(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
        Assert.Equal([5, 51, 5], item.Variants.Select(v => v.Stock));
    }

    [Fact]
    public async Task UpdatePricesAsync_VndWithDecimals_RefusedBeforeAnyCall()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, LazadaHarness.SellerVn);
        var listing = await LazadaHarness.ListSimpleAsync(node, shop, "TEE");
        var variant = listing.Variants[0].ExternalVariantId;

        var error = await Assert.ThrowsAsync<MarketplaceValidationException>(() =>
            node.Connector.UpdatePricesAsync(shop, [new PriceUpdate(listing.ExternalItemId, variant, Money.Of(99_999.5m, "VND"))]));

        Assert.Equal("client.price_precision", error.PlatformCode);
        Assert.Equal(0, node.Http.Calls(PriceQuantityPath));
    }

    [Fact]
    public async Task UpdatePricesAsync_ThbWithSatang_PriceSetExactly()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, LazadaHarness.SellerTh);
        var listing = await LazadaHarness.ListSimpleAsync(node, shop, "TEE", price: 199);

        var result = await node.Connector.UpdatePricesAsync(shop, [new PriceUpdate(listing.ExternalItemId, listing.Variants[0].ExternalVariantId, Money.Of(249.75m, "THB"))]);

        Assert.Equal(1, result.Succeeded);
        var item = Assert.Single(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
        Assert.Equal(Money.Of(249.75m, "THB"), item.Price);
    }
}
