using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Tiki;

public sealed class TikiCatalogTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const string CreateRequestPath = "/integration/v2.1/requests";

    [Fact]
    public async Task RequestProductAsync_ReviewPasses_PendingThenApprovedWithOneProductPerVariant()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);

        var sent = await node.Connector.RequestProductAsync(shop, TikiHarness.Listing("TEE", 3));
        harness.Host.Clock.Advance(TimeSpan.FromSeconds(70));
        var reviewing = await node.Connector.GetProductRequestAsync(shop, sent.TrackId);
        harness.Host.Clock.Advance(TimeSpan.FromSeconds(111));
        var done = await node.Connector.GetProductRequestAsync(shop, sent.TrackId);

        Assert.True(sent.Pending);
        Assert.Equal("md_waiting_approve", reviewing.State);
        Assert.Empty(reviewing.Products);
        Assert.True(done.Approved);
        Assert.Equal(["TEE-1", "TEE-2", "TEE-3"], done.Products.Select(p => p.Sku).Order());
        Assert.Equal(3, done.Products.Select(p => p.ExternalVariantId).Distinct().Count());
    }

    [Fact]
    public async Task RequestProductAsync_PriceBelowMinimum_RejectedWithReasonAndMaySendAgain()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);

        var sent = await node.Connector.RequestProductAsync(shop, TikiHarness.Listing("CHEAP", 1, price: 500));
        harness.Host.Clock.Advance(TikiHarness.ReviewTime);
        var rejected = await node.Connector.GetProductRequestAsync(shop, sent.TrackId);
        var fixedRequest = await node.Connector.RequestProductAsync(shop, TikiHarness.Listing("CHEAP", 1, price: 50_000));

        Assert.True(rejected.Rejected);
        Assert.False(string.IsNullOrEmpty(rejected.Reason));
        Assert.NotEqual(sent.TrackId, fixedRequest.TrackId);
        Assert.Equal(2, node.Http.Calls(CreateRequestPath));
    }

    [Fact]
    public async Task RequestProductAsync_FractionalPrice_RefusedBeforeAnyCall()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);

        await Assert.ThrowsAsync<MarketplaceValidationException>(() => node.Connector.RequestProductAsync(shop, TikiHarness.Listing("HALF", 2, price: 99_999.5m)));

        Assert.Equal(0, node.Http.Calls(CreateRequestPath));
    }

    [Fact]
    public async Task ListItemsAsync_MoreThanOnePage_EveryProductOnceWithStock()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);
        await harness.SeedProductsAsync(node, shop, "MANY", 120, stock: 9);

        var items = await node.Capability<IItemSource>().ListItemsAsync(shop, new ItemQuery()).ToListAsync();

        Assert.Equal(120, items.Select(i => i.ExternalItemId).Distinct().Count());
        Assert.All(items, i => Assert.Equal((ListingStatus.Listed, 9, Money.Of(150_000, "VND")), (i.Status, i.Stock, i.Price)));
        Assert.Equal(2, node.Http.Calls("/integration/v2/products"));
    }

    [Fact]
    public async Task ListItemsAsync_WithoutDelisted_OnlyActiveProducts()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);
        var products = await harness.SeedProductsAsync(node, shop, "HIDE", 2);
        var token = (await harness.Store.GetAsync(shop))!.AccessToken;
        using var tiki = new HttpClient { BaseAddress = harness.Host.BaseUrl("Tiki") };
        using var hide = new HttpRequestMessage(HttpMethod.Put, "/integration/v2/products/updateSku")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { product_id = long.Parse(products[0].ExternalVariantId, System.Globalization.CultureInfo.InvariantCulture), active = 0 }),
        };
        hide.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        (await tiki.SendAsync(hide)).EnsureSuccessStatusCode();

        var all = await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync();
        var listed = await node.Connector.ListItemsAsync(shop, new ItemQuery(IncludeDelisted: false)).ToListAsync();

        Assert.Equal(ListingStatus.Delisted, Assert.Single(all, i => i.ExternalItemId == products[0].ExternalVariantId).Status);
        Assert.Equal(products[1].ExternalVariantId, Assert.Single(listed).ExternalItemId);
    }
}
