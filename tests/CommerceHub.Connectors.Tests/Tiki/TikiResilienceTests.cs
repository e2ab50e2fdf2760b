using System.Net;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Tiki;

public sealed class TikiResilienceTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const string CreateRequestPath = "/integration/v2.1/requests";

    [Fact]
    public async Task UpdateStockAsync_Sandbox5xxAndTimeouts_RetriedUntilApplied()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?>
        {
            ["Connectors:Tiki:Timeout"] = "00:00:00.400",
            ["Connectors:Runtime:MaxTransientRetries"] = "10",
        });
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);
        var products = await harness.SeedProductsAsync(node, shop, "FLAKY", 3);
        await harness.PutAsync("faults", new { serverErrorRate = 0.3, timeoutRate = 0.05, hangMs = 1500 });

        for (var stock = 1; stock <= 15; stock++)
        {
            await node.Connector.UpdateStockAsync(shop, [new StockUpdate(products[1].ExternalVariantId, null, stock)]);
        }

        var batch = await node.Connector.UpdateStockAsync(shop, [new StockUpdate(products[0].ExternalVariantId, null, 4), new StockUpdate(products[2].ExternalVariantId, null, 6)]);
        await harness.PutAsync("faults", new { });

        Assert.Equal(2, batch.Succeeded);
        var items = (await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync()).ToDictionary(i => i.Sku, i => i.Stock);
        Assert.Equal((4, 15, 6), (items["FLAKY-1"], items["FLAKY-2"], items["FLAKY-3"]));
        Assert.True(node.Http.Status(HttpStatusCode.InternalServerError) + node.Http.TransportFailures > 0, "faults should have hit some of the 16 calls");
    }

    [Fact]
    public async Task RequestProductAsync_ServerError_NotSentAgain()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);
        await harness.PutAsync("faults", new { serverErrorRate = 1.0 });

        await Assert.ThrowsAsync<MarketplaceUnavailableException>(() => node.Connector.RequestProductAsync(shop, TikiHarness.Listing("ERR", 2)));
        await harness.PutAsync("faults", new { });

        Assert.Equal(1, node.Http.Calls(CreateRequestPath));
    }

    [Fact]
    public async Task RequestProductAsync_ResponseLostAfterCreate_NotSentAgainAndOneProductPerSku()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);
        node.Http.LoseResponses(CreateRequestPath);

        await Assert.ThrowsAsync<MarketplaceUnavailableException>(() => node.Connector.RequestProductAsync(shop, TikiHarness.Listing("LOST", 2)));
        harness.Host.Clock.Advance(TikiHarness.ReviewTime);

        Assert.Equal(1, node.Http.Calls(CreateRequestPath));
        var skus = (await harness.ProductsAsync(shop.ShopId)).Select(p => p.GetProperty("original_sku").GetString()).Order().ToList();
        Assert.Equal(["LOST-1", "LOST-2"], skus);
    }

    [Fact]
    public async Task RequestProductAsync_SameSkuAgainWhilePending_ReturnsFirstRequestWithoutSending()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var (first, second) = (harness.Node(), harness.Node());
        var shop = await harness.AuthorizeAsync(first, TikiHarness.SellerA);

        var sent = await first.Connector.RequestProductAsync(shop, TikiHarness.Listing("TWICE", 1));
        var again = await second.Connector.RequestProductAsync(shop, TikiHarness.Listing("TWICE", 1));

        Assert.Equal(sent.TrackId, again.TrackId);
        Assert.Equal((1, 0), (first.Http.Calls(CreateRequestPath), second.Http.Calls(CreateRequestPath)));
    }

    [Fact]
    public async Task UpdatePricesAsync_Sandbox429Storm_SlowsDownAndCompletes()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?> { ["Connectors:Runtime:RateLimitPause"] = "00:00:00.500" });
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);
        var products = await harness.SeedProductsAsync(node, shop, "STORM", 8);
        await harness.PutAsync("rate-limits", new { permitsPerWindow = 3, windowSeconds = 1, perApi = new Dictionary<string, int>() });

        var results = await Task.WhenAll(products.Select(p => node.Connector.UpdatePricesAsync(shop, [new PriceUpdate(p.ExternalVariantId, null, Money.Of(120_000, "VND"))])));
        await harness.PutAsync("rate-limits", new { permitsPerWindow = 100000, windowSeconds = 1, perApi = new Dictionary<string, int>() });

        Assert.All(results, r => Assert.Equal(1, r.Succeeded));
        Assert.True(node.Http.Status(HttpStatusCode.TooManyRequests) > 0, "the sandbox should have throttled some calls");
        Assert.All(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync(), i => Assert.Equal(Money.Of(120_000, "VND"), i.Price));
    }
}
