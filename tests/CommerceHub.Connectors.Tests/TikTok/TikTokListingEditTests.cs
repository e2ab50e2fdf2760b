using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.TikTok;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.TikTok;

public sealed class TikTokListingEditTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task UpdateListingAsync_NewVariantAndTitle_KeepsExistingSkusAndAddsTheNewOne()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        var published = await node.Connector.CreateListingAsync(shop, TikTokHarness.VariantListing("DRESS", 2));
        await node.Connector.UpdateStockAsync(shop, [new StockUpdate(published.ExternalItemId, published.Variants[0].ExternalVariantId, 77)]);

        var updated = await node.Connector.UpdateListingAsync(shop, published.ExternalItemId, TikTokHarness.VariantListing("DRESS", 3) with { Title = "Váy mới" });

        Assert.Equal(published.ExternalItemId, updated.ExternalItemId);
        Assert.Equal(["DRESS-1", "DRESS-2", "DRESS-3"], updated.Variants.Select(v => v.Sku));
        Assert.Equal(published.Variants.Select(v => v.ExternalVariantId), updated.Variants.Take(2).Select(v => v.ExternalVariantId));
        var product = (await harness.GetAsync($"shops/{shop.ShopId}")).GetProperty("products")[0];
        Assert.Equal("Váy mới", product.GetProperty("title").GetString());
        Assert.Equal([77, 20, 30], product.GetProperty("skus").EnumerateArray().Select(s => s.GetProperty("inventory")[0].GetProperty("quantity").GetInt32()));
    }

    [Fact]
    public async Task UpdateListingAsync_ResponseLostWhileAddingVariant_ReadsBackAndAddsOnce()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        var published = await node.Connector.CreateListingAsync(shop, TikTokHarness.VariantListing("LOST", 1));
        var path = $"/product/202309/products/{published.ExternalItemId}/partial_edit";
        node.Http.LoseResponses(path);

        var updated = await node.Connector.UpdateListingAsync(shop, published.ExternalItemId, TikTokHarness.VariantListing("LOST", 2));

        Assert.Equal(1, node.Http.Calls(path));
        Assert.Equal(["LOST-1", "LOST-2"], updated.Variants.Select(v => v.Sku));
        var item = Assert.Single(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
        Assert.Equal(2, item.Variants.Count);
    }

    [Fact]
    public async Task UpdateListingAsync_NoNewVariantAndResponseLost_SentAgain()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?> { ["Connectors:Runtime:MaxTransientRetries"] = "2" });
        var shop = await harness.AuthorizeAsync(node);
        var published = await node.Connector.CreateListingAsync(shop, TikTokHarness.VariantListing("SAME", 2));
        var path = $"/product/202309/products/{published.ExternalItemId}/partial_edit";
        node.Http.LoseResponses(path);

        await node.Connector.UpdateListingAsync(shop, published.ExternalItemId, TikTokHarness.VariantListing("SAME", 2) with { Title = "Again" });

        Assert.Equal(2, node.Http.Calls(path));
        Assert.Equal("Again", (await harness.GetAsync($"shops/{shop.ShopId}")).GetProperty("products")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task DelistAsync_ThenUpdateListed_HiddenFromBuyersThenListedAgain()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        var published = await TikTokHarness.ListSimpleItemAsync(node, shop, "TEE");

        await node.Connector.DelistAsync(shop, published.ExternalItemId);
        await node.Connector.DelistAsync(shop, published.ExternalItemId);
        var delisted = Assert.Single(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
        var sales = await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 1 });

        Assert.Equal(ListingStatus.Delisted, delisted.Status);
        Assert.Equal(0, sales.GetProperty("created").GetInt32());

        await node.Connector.UpdateListingAsync(shop, published.ExternalItemId, SimpleListing("TEE"));
        Assert.Equal(ListingStatus.Listed, Assert.Single(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync()).Status);
    }

    [Fact]
    public async Task UpdateListingAsync_NotListed_DeactivatesTheProduct()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        var published = await TikTokHarness.ListSimpleItemAsync(node, shop, "TEE");

        await node.Connector.UpdateListingAsync(shop, published.ExternalItemId, SimpleListing("TEE") with { Listed = false });

        Assert.Equal(ListingStatus.Delisted, Assert.Single(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync()).Status);
    }

    [Fact]
    public async Task DelistAsync_UnknownProduct_ThrowsNotFound()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);

        var ex = await Assert.ThrowsAsync<MarketplaceNotFoundException>(() => node.Connector.DelistAsync(shop, "1729000000000999999"));
        await Assert.ThrowsAsync<MarketplaceNotFoundException>(() => node.Connector.UpdateListingAsync(shop, "1729000000000999999", SimpleListing("X")));

        Assert.Equal("12052004", ex.Error.PlatformCode);
    }

    private static ProductListing SimpleListing(string sku) => new()
    {
        Sku = sku,
        Title = "Áo thun " + sku,
        Description = "Cotton tee",
        CategoryId = "601226",
        Price = Money.Of(150_000, "VND"),
        Stock = 5,
    };
}
