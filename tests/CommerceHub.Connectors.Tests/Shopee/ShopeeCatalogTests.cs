using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Shopee;

public sealed class ShopeeCatalogTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private static ProductListing Tee(string sku) => new()
    {
        Sku = sku,
        Title = "Áo thun",
        Description = "Cotton tee",
        CategoryId = "100017",
        Price = Money.Of(150_000, "VND"),
        WeightKg = 0.3m,
        VariationNames = ["Color", "Size"],
        Variants =
        [
            new ProductVariant($"{sku}-RED-M", ["Red", "M"], Money.Of(150_000, "VND"), 5),
            new ProductVariant($"{sku}-RED-L", ["Red", "L"], Money.Of(160_000, "VND"), 6),
            new ProductVariant($"{sku}-BLUE-M", ["Blue", "M"], Money.Of(150_000, "VND"), 7),
        ],
    };

    [Fact]
    public async Task CreateListingAsync_WithVariants_CreatesItemWithTwoTierModels()
    {
        await using var harness = await ShopeeHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, ShopeeHarness.ShopVn);

        var published = await node.Connector.CreateListingAsync(shop, Tee("TEE"));

        var item = Assert.Single(await harness.ItemsAsync(shop.ShopId));
        Assert.Equal(published.ExternalItemId, item.GetProperty("item").GetProperty("item_id").ToString());
        Assert.Equal(["TEE-RED-M", "TEE-RED-L", "TEE-BLUE-M"], published.Variants.Select(v => v.Sku));
        var models = item.GetProperty("models").GetProperty("model").EnumerateArray().ToList();
        Assert.Equal([5, 6, 7], models.Select(m => m.GetProperty("stock_info_v2").GetProperty("summary_info").GetProperty("total_available_stock").GetInt32()));
        Assert.Equal([0, 1], models[1].GetProperty("tier_index").EnumerateArray().Select(i => i.GetInt32()));
    }

    [Fact]
    public async Task UpdateListingAsync_NewTitleAndVariant_RenamesAndAddsModel()
    {
        await using var harness = await ShopeeHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, ShopeeHarness.ShopVn);
        var listing = Tee("TEE");
        var published = await node.Connector.CreateListingAsync(shop, listing);

        var updated = await node.Connector.UpdateListingAsync(shop, published.ExternalItemId, listing with
        {
            Title = "Áo thun mới",
            Variants = [.. listing.Variants, new ProductVariant("TEE-BLUE-L", ["Blue", "L"], Money.Of(170_000, "VND"), 8)],
        });

        Assert.Equal(4, updated.Variants.Count);
        var item = Assert.Single(await harness.ItemsAsync(shop.ShopId)).GetProperty("item");
        Assert.Equal("Áo thun mới", item.GetProperty("item_name").GetString());
    }

    [Fact]
    public async Task DelistAsync_ListedItem_ListedAsDelistedAndHiddenFromListedOnlyQuery()
    {
        await using var harness = await ShopeeHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, ShopeeHarness.ShopVn);
        var published = await ShopeeHarness.ListSimpleItemAsync(node, shop, "SOCKS");

        await node.Connector.DelistAsync(shop, published.ExternalItemId);

        var all = await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync();
        Assert.Equal(ListingStatus.Delisted, Assert.Single(all).Status);
        Assert.Empty(await node.Connector.ListItemsAsync(shop, new ItemQuery(IncludeDelisted: false)).ToListAsync());
    }

    [Fact]
    public async Task ListItemsAsync_MoreThanOnePage_ReturnsEveryItemWithPriceAndStock()
    {
        await using var harness = await ShopeeHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, ShopeeHarness.ShopVn);
        await Task.WhenAll(Enumerable.Range(0, 105).Select(i => ShopeeHarness.ListSimpleItemAsync(node, shop, $"SKU-{i:D3}", stock: i)));
        await node.Connector.CreateListingAsync(shop, Tee("TEE"));

        var items = await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync();

        Assert.Equal(106, items.Count);
        Assert.Equal(106, items.Select(i => i.ExternalItemId).Distinct().Count());
        var simple = items.Single(i => i.Sku == "SKU-042");
        Assert.Equal((Money.Of(150_000, "VND"), 42), (simple.Price!.Value, simple.Stock!.Value));
        Assert.Equal(3, items.Single(i => i.Sku == "TEE").Variants.Count);
        Assert.True(node.Http.Calls("/api/v2/product/get_item_list") >= 2);
    }

    [Fact]
    public async Task UpdateStockAsync_ManyVariantsAcrossItems_SplitIntoCallsAndApplied()
    {
        await using var harness = await ShopeeHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, ShopeeHarness.ShopVn);
        var big = await node.Connector.CreateListingAsync(shop, BigListing("BIG", 50));
        var simple = await ShopeeHarness.ListSimpleItemAsync(node, shop, "ONE");
        var updates = big.Variants.Select((v, i) => new StockUpdate(big.ExternalItemId, v.ExternalVariantId, 100 + i))
            .Append(new StockUpdate(simple.ExternalItemId, null, 77))
            .Append(new StockUpdate(big.ExternalItemId, "123", 1)) // unknown model: refused by Shopee, reported back
            .ToList();

        var result = await node.Connector.UpdateStockAsync(shop, updates);

        Assert.Equal(51, result.Succeeded);
        Assert.Equal("123", Assert.Single(result.Failures).ExternalVariantId);
        Assert.Equal(3, node.Http.Calls("/api/v2/product/update_stock")); // 51 entries for BIG split 50 + 1, one for ONE
        var items = await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync();
        Assert.Equal(77, items.Single(i => i.Sku == "ONE").Stock);
        Assert.Equal(Enumerable.Range(100, 50), items.Single(i => i.Sku == "BIG").Variants.Select(v => v.Stock));
    }

    [Fact]
    public async Task UpdatePricesAsync_VndWithDecimals_RefusedBeforeAnyCall()
    {
        await using var harness = await ShopeeHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, ShopeeHarness.ShopVn);
        var simple = await ShopeeHarness.ListSimpleItemAsync(node, shop, "ONE");

        await Assert.ThrowsAsync<MarketplaceValidationException>(() =>
            node.Connector.UpdatePricesAsync(shop, [new PriceUpdate(simple.ExternalItemId, null, Money.Of(99_999.5m, "VND"))]));
        var result = await node.Connector.UpdatePricesAsync(shop, [new PriceUpdate(simple.ExternalItemId, null, Money.Of(99_000, "VND"))]);

        Assert.Equal(1, node.Http.Calls("/api/v2/product/update_price"));
        Assert.Equal(1, result.Succeeded);
        var item = Assert.Single(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
        Assert.Equal(Money.Of(99_000, "VND"), item.Price);
    }

    [Fact]
    public async Task UpdatePricesAsync_SingaporeCents_Applied()
    {
        await using var harness = await ShopeeHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, ShopeeHarness.ShopSg);
        var listing = await node.Connector.CreateListingAsync(shop, new ProductListing
        {
            Sku = "SG-1", Title = "Tee", Description = "d", CategoryId = "1", Price = Money.Of(9.90m, "SGD"), Stock = 3,
        });

        await node.Connector.UpdatePricesAsync(shop, [new PriceUpdate(listing.ExternalItemId, null, Money.Of(12.45m, "SGD"))]);

        var item = Assert.Single(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
        Assert.Equal(Money.Of(12.45m, "SGD"), item.Price);
    }

    internal static ProductListing BigListing(string sku, int variants) => new()
    {
        Sku = sku,
        Title = "Big " + sku,
        Description = "d",
        CategoryId = "100017",
        Price = Money.Of(150_000, "VND"),
        VariationNames = ["Size"],
        Variants = [.. Enumerable.Range(0, variants).Select(i => new ProductVariant($"{sku}-{i:D2}", [$"S{i:D2}"], Money.Of(150_000, "VND"), 1))],
    };

    internal static int ItemCount(JsonElement[] items, string sku) =>
        items.Count(i => i.GetProperty("item").GetProperty("item_sku").GetString() == sku);
}
