using System.Diagnostics;
using System.Net;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.TikTok;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.TikTok;

public sealed class TikTokResilienceTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task CreateListingAsync_ResponseLostAfterCreate_LooksUpSkuAndCreatesOnce()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        node.Http.LoseResponses(TikTokClient.CreateProductApi);

        var published = await node.Connector.CreateListingAsync(shop, TikTokHarness.VariantListing("LOST", 3));

        Assert.Equal(1, node.Http.Calls(TikTokClient.CreateProductApi));
        var item = Assert.Single(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
        Assert.Equal(item.ExternalItemId, published.ExternalItemId);
        Assert.Equal(3, published.Variants.Count);
    }

    [Fact]
    public async Task UpdateStockAsync_Sandbox5xxAndTimeouts_IdempotentCallsRetriedAndOneProduct()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?>
        {
            ["Connectors:TikTok:Timeout"] = "00:00:00.400",
            ["Connectors:Runtime:MaxTransientRetries"] = "10",
        });
        var shop = await harness.AuthorizeAsync(node);
        await harness.PutAsync("faults", new { serverErrorRate = 0.25, timeoutRate = 0.05, hangMs = 1500 });

        var published = await node.Connector.CreateListingAsync(shop, TikTokHarness.VariantListing("FLAKY", 4));
        var variant = published.Variants[2].ExternalVariantId;
        for (var stock = 1; stock <= 20; stock++)
        {
            Assert.Equal(1, (await node.Connector.UpdateStockAsync(shop, [new StockUpdate(published.ExternalItemId, variant, stock)])).Succeeded);
        }

        await harness.PutAsync("faults", new { });

        var item = Assert.Single(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
        Assert.Equal([10, 20, 20, 40], item.Variants.Select(v => v.Stock));
        Assert.True(node.Http.Status(HttpStatusCode.InternalServerError) + node.Http.TransportFailures > 0, "faults should have hit some of the ~23 calls");
    }

    [Fact]
    public async Task UpdateStockAsync_Sandbox429Storm_SlowsDownAndCompletesWithoutRateLimitError()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?> { ["Connectors:Runtime:RateLimitPause"] = "00:00:01" });
        var shop = await harness.AuthorizeAsync(node);
        var items = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => TikTokHarness.ListSimpleItemAsync(node, shop, $"S{i}")));
        await harness.PutAsync("rate-limits", new { permitsPerWindow = 5, windowSeconds = 1, perApi = new Dictionary<string, int>() });

        var result = await node.Connector.UpdateStockAsync(shop, [.. items.Select(i => new StockUpdate(i.ExternalItemId, i.Variants[0].ExternalVariantId, 9))]);

        Assert.Equal((16, 0), (result.Succeeded, result.Failures.Count));
        Assert.True(node.Http.Status(HttpStatusCode.TooManyRequests) > 0, "the sandbox should have throttled some calls");
        await harness.PutAsync("rate-limits", new { permitsPerWindow = 100000, windowSeconds = 1, perApi = new Dictionary<string, int>() });
        Assert.All(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync(), i => Assert.Equal(9, i.Stock));
    }

    [Fact]
    public async Task UpdateStockAsync_PlatformLimit50PerApi_ClientStaysUnderAndNeverThrottled()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?> { ["Connectors:TikTok:ApiPermitsPerSecond"] = "45" });
        var shop = await harness.AuthorizeAsync(node);
        var items = await Task.WhenAll(Enumerable.Range(0, 90).Select(i => TikTokHarness.ListSimpleItemAsync(node, shop, $"S{i}")));
        await harness.PutAsync("rate-limits", new { permitsPerWindow = 50, windowSeconds = 1, perApi = new Dictionary<string, int>() });

        var watch = Stopwatch.StartNew();
        var result = await node.Connector.UpdateStockAsync(shop, [.. items.Select(i => new StockUpdate(i.ExternalItemId, i.Variants[0].ExternalVariantId, 3))]);

        Assert.Equal(90, result.Succeeded);
        Assert.Equal(0, node.Http.Status(HttpStatusCode.TooManyRequests));
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(6)); // 90 inventory calls at 45/s take about 2 s
    }
}
