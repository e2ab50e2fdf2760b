using System.Diagnostics;
using System.Net;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Shopee;

public sealed class ShopeeResilienceTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const string AddItemPath = "/api/v2/product/add_item";
    private const string UpdateStockPath = "/api/v2/product/update_stock";

    [Fact]
    public async Task CreateListingAsync_ResponseLostAfterCreate_LooksUpSkuAndCreatesOnce()
    {
        await using var harness = await ShopeeHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, ShopeeHarness.ShopVn);
        node.Http.LoseResponses(AddItemPath);

        var published = await node.Connector.CreateListingAsync(shop, ShopeeCatalogTests.BigListing("LOST", 3));

        Assert.Equal(1, node.Http.Calls(AddItemPath));
        Assert.Equal(1, ShopeeCatalogTests.ItemCount(await harness.ItemsAsync(shop.ShopId), "LOST"));
        Assert.Equal(3, published.Variants.Count);
    }

    [Fact]
    public async Task CreateListingAsync_Sandbox5xxAndTimeouts_ExactlyOneItemAndIdempotentCallsRetried()
    {
        await using var harness = await ShopeeHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?>
        {
            ["Connectors:Shopee:Timeout"] = "00:00:00.400",
            ["Connectors:Runtime:MaxTransientRetries"] = "10",
        });
        var shop = await harness.AuthorizeAsync(node, ShopeeHarness.ShopVn);
        await harness.PutAsync("faults", new { serverErrorRate = 0.25, timeoutRate = 0.05, hangMs = 1500 });

        var published = await node.Connector.CreateListingAsync(shop, ShopeeCatalogTests.BigListing("FLAKY", 4));
        var variant = published.Variants[2].ExternalVariantId;
        for (var stock = 1; stock <= 20; stock++)
        {
            await node.Connector.UpdateStockAsync(shop, [new StockUpdate(published.ExternalItemId, variant, stock)]);
        }

        await harness.PutAsync("faults", new { });

        Assert.Equal(1, ShopeeCatalogTests.ItemCount(await harness.ItemsAsync(shop.ShopId), "FLAKY"));
        var item = Assert.Single(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
        Assert.Equal([1, 1, 20, 1], item.Variants.Select(v => v.Stock));
        Assert.True(node.Http.Status(HttpStatusCode.InternalServerError) + node.Http.TransportFailures > 0, "faults should have hit some of the ~26 calls");
    }

    [Fact]
    public async Task UpdateStockAsync_Sandbox429Storm_SlowsDownAndCompletesWithoutRateLimitError()
    {
        await using var harness = await ShopeeHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?>
        {
            ["Connectors:Shopee:ShopPermitsPerSecond"] = "50",
            ["Connectors:Runtime:RateLimitPause"] = "00:00:01",
        });
        var shop = await harness.AuthorizeAsync(node, ShopeeHarness.ShopVn);
        var items = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => ShopeeHarness.ListSimpleItemAsync(node, shop, $"S{i}")));
        await harness.PutAsync("rate-limits", new { permitsPerWindow = 5, windowSeconds = 1, perApi = new Dictionary<string, int>() });

        var result = await node.Connector.UpdateStockAsync(shop, [.. items.Select(i => new StockUpdate(i.ExternalItemId, null, 9))]);

        Assert.Equal(16, result.Succeeded);
        Assert.True(node.Http.Status(HttpStatusCode.TooManyRequests) > 0, "the sandbox should have throttled some calls");
        await harness.PutAsync("rate-limits", new { permitsPerWindow = 100000, windowSeconds = 1, perApi = new Dictionary<string, int>() });
        Assert.All(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync(), i => Assert.Equal(9, i.Stock));
    }

    [Fact]
    public async Task UpdateStockAsync_ClientLimitBelowPlatformLimit_NeverThrottled()
    {
        await using var harness = await ShopeeHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?>
        {
            ["Connectors:Shopee:ShopPermitsPerSecond"] = "1000",
            ["Connectors:Shopee:ApiPermitsPerSecond:/api/v2/product/update_stock"] = "36",
        });
        var shop = await harness.AuthorizeAsync(node, ShopeeHarness.ShopVn);
        var items = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => ShopeeHarness.ListSimpleItemAsync(node, shop, $"S{i}")));
        await harness.PutAsync("rate-limits", new { permitsPerWindow = 1000, windowSeconds = 1, perApi = new Dictionary<string, int> { [UpdateStockPath] = 40 } });

        var watch = Stopwatch.StartNew();
        var result = await node.Connector.UpdateStockAsync(shop, [.. items.Select(i => new StockUpdate(i.ExternalItemId, null, 3))]);

        Assert.Equal(60, result.Succeeded);
        Assert.Equal(0, node.Http.Status(HttpStatusCode.TooManyRequests));
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(3)); // 60 calls at 36/s
    }
}
