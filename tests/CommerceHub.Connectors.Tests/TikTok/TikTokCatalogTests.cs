using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.TikTok;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.TikTok;

public sealed class TikTokCatalogTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task CreateListingAsync_WithVariants_PublishedAndReadBack()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);

        var published = await node.Connector.CreateListingAsync(shop, TikTokHarness.VariantListing("DRESS", 3));
        var item = Assert.Single(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());

        Assert.Equal(["DRESS-1", "DRESS-2", "DRESS-3"], published.Variants.Select(v => v.Sku));
        Assert.Equal(published.ExternalItemId, item.ExternalItemId);
        Assert.Equal(ListingStatus.Listed, item.Status);
        Assert.Equal(published.Variants.Select(v => v.ExternalVariantId), item.Variants.Select(v => v.ExternalVariantId));
        Assert.Equal([Money.Of(251_000, "VND"), Money.Of(252_000, "VND"), Money.Of(253_000, "VND")], item.Variants.Select(v => v.Price));
        Assert.Equal([10, 20, 30], item.Variants.Select(v => v.Stock));
    }

    [Fact]
    public async Task ListItemsAsync_MorePagesThanOne_EveryProductOnceAndDraftsFiltered()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?> { ["Connectors:TikTok:PageSize"] = "2" });
        var shop = await harness.AuthorizeAsync(node);
        for (var i = 0; i < 5; i++)
        {
            await TikTokHarness.ListSimpleItemAsync(node, shop, $"S{i}");
        }

        await node.Connector.CreateListingAsync(shop, TikTokHarness.VariantListing("DRAFT", 1) with { Listed = false });

        var all = await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync();
        var listed = await node.Connector.ListItemsAsync(shop, new ItemQuery(IncludeDelisted: false)).ToListAsync();

        Assert.Equal(6, all.Select(i => i.ExternalItemId).Distinct().Count());
        Assert.Equal(5, listed.Count);
        Assert.Equal(ListingStatus.Delisted, Assert.Single(all, i => i.Variants[0].Sku == "DRAFT-1").Status);
        Assert.All(listed, i => Assert.Equal((Money.Of(150_000, "VND"), 10_000), (i.Price!.Value, i.Stock!.Value)));
    }

    [Fact]
    public async Task UpdateStockAsync_SkuInWarehouse_AbsoluteQuantitySetAndRepeatable()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        var published = await node.Connector.CreateListingAsync(shop, TikTokHarness.VariantListing("DRESS", 3));
        var variant = published.Variants[1].ExternalVariantId;

        var first = await node.Connector.UpdateStockAsync(shop, [new StockUpdate(published.ExternalItemId, variant, 7)]);
        var again = await node.Connector.UpdateStockAsync(shop, [new StockUpdate(published.ExternalItemId, variant, 7)]);

        Assert.Equal((1, 0), (first.Succeeded, first.Failures.Count));
        Assert.Equal(1, again.Succeeded);
        var view = await harness.GetAsync($"shops/{shop.ShopId}");
        var sku = view.GetProperty("products")[0].GetProperty("skus")[1];
        var inventory = Assert.Single(sku.GetProperty("inventory").EnumerateArray());
        Assert.Equal(view.GetProperty("warehouse_id").GetString(), inventory.GetProperty("warehouse_id").GetString());
        Assert.Equal(7, inventory.GetProperty("quantity").GetInt32());
        Assert.Equal(1, node.Http.Calls(TikTokClient.ProductSearchApi)); // the SKU's warehouses are learned once
    }

    [Fact]
    public async Task UpdateStockAsync_UnknownSkuOrMissingVariant_ReportedWhileOthersApplied()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        var published = await node.Connector.CreateListingAsync(shop, TikTokHarness.VariantListing("DRESS", 2));

        var result = await node.Connector.UpdateStockAsync(shop,
        [
            new StockUpdate(published.ExternalItemId, published.Variants[0].ExternalVariantId, 3),
            new StockUpdate(published.ExternalItemId, "1730999999999999999", 3),
            new StockUpdate(published.ExternalItemId, null, 3),
        ]);

        Assert.Equal(1, result.Succeeded);
        Assert.Equal([null, "1730999999999999999"], result.Failures.Select(f => f.ExternalVariantId).OrderBy(v => v));
        var item = Assert.Single(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
        Assert.Equal([3, 20], item.Variants.Select(v => v.Stock));
    }

    [Fact]
    public async Task UpdatePricesAsync_ValidAmounts_SetAsDecimalStrings()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, TikTokHarness.ShopTh);
        var published = await node.Connector.CreateListingAsync(shop, TikTokHarness.VariantListing("THB", 2) with
        {
            Price = Money.Of(100, "THB"),
            Variants = [new ProductVariant("THB-1", ["S"], Money.Of(99.50m, "THB"), 5), new ProductVariant("THB-2", ["M"], Money.Of(120, "THB"), 5)],
        });

        var result = await node.Connector.UpdatePricesAsync(shop, [new PriceUpdate(published.ExternalItemId, published.Variants[1].ExternalVariantId, Money.Of(0.1m + 0.2m, "THB"))]);

        Assert.Equal(1, result.Succeeded);
        var item = Assert.Single(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
        Assert.Equal([Money.Of(99.5m, "THB"), Money.Of(0.3m, "THB")], item.Variants.Select(v => v.Price));
    }

    [Fact]
    public async Task UpdatePricesAsync_VndWithDecimals_RefusedBeforeAnyCall()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        var published = await TikTokHarness.ListSimpleItemAsync(node, shop, "TEE");

        await Assert.ThrowsAsync<MarketplaceValidationException>(() =>
            node.Connector.UpdatePricesAsync(shop, [new PriceUpdate(published.ExternalItemId, published.Variants[0].ExternalVariantId, Money.Of(150_000.5m, "VND"))]));

        Assert.Equal(0, node.Http.Calls(TikTokClient.PricesPath(published.ExternalItemId)));
    }
}
