using System.Net;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Lazada;

public sealed class LazadaResilienceTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const string CreatePath = "/rest/product/create";
    private const string PriceQuantityPath = "/rest/product/price_quantity/update";

    [Fact]
    public async Task CreateListingAsync_ResponseLostAfterCreate_LooksUpSkuAndCreatesOnce()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, LazadaHarness.SellerVn);
        node.Http.LoseResponses(CreatePath);

        var published = await node.Connector.CreateListingAsync(shop, LazadaHarness.VariantListing("LOST", 3));

        Assert.Equal(1, node.Http.Calls(CreatePath));
        var product = Assert.Single(await harness.ProductsAsync(shop.ShopId));
        Assert.Equal(published.ExternalItemId, product.GetProperty("item_id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(3, published.Variants.Count);
    }

    [Fact]
    public async Task CreateListingAsync_Sandbox5xxAndTimeouts_ExactlyOneProductAndIdempotentCallsRetried()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?>
        {
            ["Connectors:Lazada:Timeout"] = "00:00:00.400",
            ["Connectors:Runtime:MaxTransientRetries"] = "10",
        });
        var shop = await harness.AuthorizeAsync(node, LazadaHarness.SellerVn);
        await harness.PutAsync("faults", new { serverErrorRate = 0.25, timeoutRate = 0.05, hangMs = 1500 });

        var published = await node.Connector.CreateListingAsync(shop, LazadaHarness.VariantListing("FLAKY", 4));
        var variant = published.Variants[2].ExternalVariantId;
        for (var stock = 1; stock <= 20; stock++)
        {
            await node.Connector.UpdateStockAsync(shop, [new StockUpdate(published.ExternalItemId, variant, stock)]);
        }

        await harness.PutAsync("faults", new { });

        var product = Assert.Single(await harness.ProductsAsync(shop.ShopId));
        Assert.Equal([50, 51, 20, 53], product.GetProperty("skus").EnumerateArray().Select(s => s.GetProperty("quantity").GetInt32()));
        Assert.True(node.Http.Status(HttpStatusCode.InternalServerError) + node.Http.TransportFailures > 0, "faults should have hit some of the ~22 calls");
    }

    [Fact]
    public async Task UpdateStockAsync_ApiCallLimitStorm_SlowsDownAndCompletesWithoutError()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?>
        {
            ["Connectors:Lazada:ShopPermitsPerSecond"] = "100",
            ["Connectors:Lazada:SkusPerCall"] = "2",
        });
        var shop = await harness.AuthorizeAsync(node, LazadaHarness.SellerVn);
        var listing = await node.Connector.CreateListingAsync(shop, LazadaHarness.VariantListing("STORM", 16));
        // 8 batches sent within ~80 ms against 3 calls per second: at least one window overflows and bans the seller for 1 s.
        await harness.PutAsync("rate-limits", new { permitsPerWindow = 3, windowSeconds = 1, perApi = new Dictionary<string, int>() });

        var result = await node.Connector.UpdateStockAsync(shop, [.. listing.Variants.Select(v => new StockUpdate(listing.ExternalItemId, v.ExternalVariantId, 9))]);

        Assert.Equal((16, 0), (result.Succeeded, result.Failures.Count));
        Assert.True(node.Http.Calls(PriceQuantityPath) > 8, "the sandbox should have answered ApiCallLimit to some of the 8 batches");
        await harness.PutAsync("rate-limits", new { permitsPerWindow = 100000, windowSeconds = 1, perApi = new Dictionary<string, int>() });
        var item = Assert.Single(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
        Assert.All(item.Variants, v => Assert.Equal(9, v.Stock));
    }

    [Fact]
    public async Task UpdateStockAsync_ClientLimitBelowPlatformLimit_NeverThrottled()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?>
        {
            ["Connectors:Lazada:ApiPermitsPerSecond:/product/price_quantity/update"] = "8",
            ["Connectors:Lazada:SkusPerCall"] = "1",
            ["Connectors:Runtime:MaxRateLimitRetries"] = "0",
        });
        var shop = await harness.AuthorizeAsync(node, LazadaHarness.SellerVn);
        var listing = await node.Connector.CreateListingAsync(shop, LazadaHarness.VariantListing("PACED", 12));
        await harness.PutAsync("rate-limits", new { permitsPerWindow = 100000, windowSeconds = 1, perApi = new Dictionary<string, int> { ["/product/price_quantity/update"] = 10 } });

        var result = await node.Connector.UpdateStockAsync(shop, [.. listing.Variants.Select(v => new StockUpdate(listing.ExternalItemId, v.ExternalVariantId, 3))]);

        Assert.Equal(12, result.Succeeded);
        Assert.Equal(12, node.Http.Calls(PriceQuantityPath));
    }

    [Fact]
    public async Task UpdateStockAsync_PerApiE901Throttle_RetriedWithoutBanAndCompletes()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?> { ["Connectors:Lazada:SkusPerCall"] = "1" });
        var shop = await harness.AuthorizeAsync(node, LazadaHarness.SellerVn);
        var listing = await node.Connector.CreateListingAsync(shop, LazadaHarness.VariantListing("QPS", 6));
        await harness.PutAsync("rate-limits", new { permitsPerWindow = 100000, windowSeconds = 1, perApi = new Dictionary<string, int> { ["/product/price_quantity/update"] = 3 } });

        var result = await node.Connector.UpdateStockAsync(shop, [.. listing.Variants.Select(v => new StockUpdate(listing.ExternalItemId, v.ExternalVariantId, 4))]);

        Assert.Equal((6, 0), (result.Succeeded, result.Failures.Count));
        Assert.True(node.Http.Calls(PriceQuantityPath) > 6, "the sandbox should have answered E901 to some calls");
        Assert.Single(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync()); // other APIs were never banned
    }
}
