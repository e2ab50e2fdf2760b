using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Taobao;

public sealed class TaobaoCatalogTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task CreateListingAsync_ChineseTitle_NoMojibakeThroughSignSendSandboxAndParse()
    {
        await using var harness = await TaobaoHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        var listing = TaobaoHarness.Listing("SCARF-01");

        var published = await node.Connector.CreateListingAsync(shop, listing);

        var stored = Assert.Single(await harness.ItemsAsync());
        Assert.Equal(listing.Title, stored.GetProperty("title").GetString());
        Assert.Equal(listing.Description, stored.GetProperty("description").GetString());
        Assert.Equal("398.50", stored.GetProperty("price").GetString());
        var item = Assert.Single(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
        Assert.Equal((published.ExternalItemId, listing.Title, "SCARF-01", Money.Of(398.50m, "CNY"), 20, ListingStatus.Listed),
            (item.ExternalItemId, item.Title, item.Sku, item.Price!.Value, item.Stock!.Value, item.Status));
    }

    [Fact]
    public async Task UpdateAndDelist_TitleChangedThenDelistedThenListedAgainWithStockKept()
    {
        await using var harness = await TaobaoHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        var published = await node.Connector.CreateListingAsync(shop, TaobaoHarness.Listing("SCARF-02", stock: 7));

        await node.Connector.UpdateListingAsync(shop, published.ExternalItemId, TaobaoHarness.Listing("SCARF-02") with { Title = "羊绒披肩 驼色" });
        await node.Connector.DelistAsync(shop, published.ExternalItemId);
        var listedOnly = await node.Connector.ListItemsAsync(shop, new ItemQuery(IncludeDelisted: false)).ToListAsync();
        var delisted = Assert.Single(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
        await node.Connector.UpdateListingAsync(shop, published.ExternalItemId, TaobaoHarness.Listing("SCARF-02") with { Title = "羊绒披肩 驼色" });

        Assert.Empty(listedOnly);
        Assert.Equal((ListingStatus.Delisted, "羊绒披肩 驼色"), (delisted.Status, delisted.Title));
        var stored = Assert.Single(await harness.ItemsAsync());
        Assert.Equal(("onsale", 7), (stored.GetProperty("approveStatus").GetString(), stored.GetProperty("num").GetInt32()));
    }

    [Fact]
    public async Task CreateListingAsync_VariantsOrNonCnyOrThirdDecimal_RefusedBeforeAnyCall()
    {
        await using var harness = await TaobaoHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        var withVariants = TaobaoHarness.Listing("V") with { VariationNames = ["颜色"], Variants = [new ProductVariant("V-1", ["灰色"], Money.Of(1, "CNY"), 1)] };

        await Assert.ThrowsAsync<MarketplaceValidationException>(() => node.Connector.CreateListingAsync(shop, withVariants));
        await Assert.ThrowsAsync<MarketplaceValidationException>(() => node.Connector.CreateListingAsync(shop, TaobaoHarness.Listing("USD") with { Price = Money.Of(10, "USD") }));
        await Assert.ThrowsAsync<MarketplaceValidationException>(() => node.Connector.CreateListingAsync(shop, TaobaoHarness.Listing("FEN", price: 1.005m)));

        Assert.Equal(0, node.Http.Calls(TaobaoHarness.Router));
        Assert.Empty(await harness.ItemsAsync());
    }
}
