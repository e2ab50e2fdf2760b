using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Lazada;

public sealed class LazadaCatalogTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task CreateListingAsync_ThreeVariants_OneProductWithSkuIdsAndOptions()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, LazadaHarness.SellerVn);

        var published = await node.Connector.CreateListingAsync(shop, LazadaHarness.VariantListing("TEE", 3));

        Assert.Equal(["TEE-0", "TEE-1", "TEE-2"], published.Variants.Select(v => v.Sku));
        var product = Assert.Single(await harness.ProductsAsync(shop.ShopId));
        Assert.Equal(published.ExternalItemId, product.GetProperty("item_id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
        var skus = product.GetProperty("skus").EnumerateArray().ToList();
        Assert.Equal(["S0", "S1", "S2"], skus.Select(s => s.GetProperty("size").GetString()));
        Assert.Equal([100_000m, 101_000m, 102_000m], skus.Select(s => s.GetProperty("price").GetDecimal()));
        Assert.Equal("Tee TEE", product.GetProperty("attributes").GetProperty("name").GetString());
    }

    [Fact]
    public async Task UpdateListingAsync_NewVariantAndDelisted_AddsSkuKeepsStockOfExisting()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, LazadaHarness.SellerVn);
        var listing = LazadaHarness.VariantListing("TEE", 2);
        var published = await node.Connector.CreateListingAsync(shop, listing);
        await node.Connector.UpdateStockAsync(shop, [new StockUpdate(published.ExternalItemId, published.Variants[0].ExternalVariantId, 7)]);
        var wanted = LazadaHarness.VariantListing("TEE", 3) with { Title = "Tee v2", Listed = false };

        var updated = await node.Connector.UpdateListingAsync(shop, published.ExternalItemId, wanted);

        Assert.Equal(3, updated.Variants.Count);
        Assert.Equal(published.Variants[0].ExternalVariantId, updated.Variants[0].ExternalVariantId);
        var item = Assert.Single(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
        Assert.Equal(("Tee v2", ListingStatus.Delisted), (item.Title, item.Status));
        Assert.Equal([7, 51, 52], item.Variants.Select(v => v.Stock));
        Assert.Empty(await node.Connector.ListItemsAsync(shop, new ItemQuery(IncludeDelisted: false)).ToListAsync());
    }

    [Fact]
    public async Task DelistAsync_ListedProduct_NoLongerLive()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, LazadaHarness.SellerVn);
        var kept = await LazadaHarness.ListSimpleAsync(node, shop, "KEEP");
        var gone = await LazadaHarness.ListSimpleAsync(node, shop, "GONE");

        await node.Connector.DelistAsync(shop, gone.ExternalItemId);

        var live = Assert.Single(await node.Connector.ListItemsAsync(shop, new ItemQuery(IncludeDelisted: false)).ToListAsync());
        Assert.Equal(kept.ExternalItemId, live.ExternalItemId);
        var all = await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync();
        Assert.Equal(ListingStatus.Delisted, all.Single(i => i.ExternalItemId == gone.ExternalItemId).Status);
    }

    [Fact]
    public async Task ListItemsAsync_SeventyProducts_PagesAndMapsMoney()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, LazadaHarness.SellerVn);
        await Task.WhenAll(Enumerable.Range(0, 70).Select(i => LazadaHarness.ListSimpleAsync(node, shop, $"P{i:D2}", stock: i)));

        var items = await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync();

        Assert.Equal(70, items.Select(i => i.ExternalItemId).Distinct().Count());
        Assert.Equal(2, node.Http.Calls("/rest/products/get"));
        var p07 = items.Single(i => i.Sku == "P07");
        Assert.Equal((7, Money.Of(150_000, "VND"), ListingStatus.Listed), (p07.Stock, p07.Price, p07.Status));
    }
}
