using System.Net;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Douyin;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Douyin;

public sealed class DouyinResilienceTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task UpdateStockAsync_Sandbox5xxAndTimeouts_IdempotentCallsRetried()
    {
        await using var harness = await DouyinHarness.StartAsync(redis);
        // The code exchange is never retried, so it runs on a node with the normal timeout; the shops' tokens are shared.
        var shop = await harness.AuthorizeAsync(harness.Node());
        var node = harness.Node(new Dictionary<string, string?>
        {
            ["Connectors:Douyin:Timeout"] = "00:00:00.400",
            ["Connectors:Runtime:MaxTransientRetries"] = "10",
        });
        var (productId, skus) = await harness.AddProductAsync(shop.ShopId, "围巾", ("S", 99m, 0));
        await harness.PutAsync("faults", new { serverErrorRate = 0.3, timeoutRate = 0.05, hangMs = 1500 });

        for (var stock = 1; stock <= 15; stock++)
        {
            Assert.Equal(1, (await node.Connector.UpdateStockAsync(shop, [new StockUpdate(productId, skus[0], stock)])).Succeeded);
        }

        await harness.PutAsync("faults", new { });
        Assert.Equal(15, Assert.Single(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync()).Stock);
        Assert.True(node.Http.Status(HttpStatusCode.InternalServerError) + node.Http.TransportFailures > 0, "faults should have hit some of the 15 calls");
    }

    [Fact]
    public async Task UpdatePricesAsync_CallLimitErrors_SlowsDownAndCompletes()
    {
        await using var harness = await DouyinHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?> { ["Connectors:Runtime:RateLimitPause"] = "00:00:01" });
        var shop = await harness.AuthorizeAsync(node);
        var (productId, skus) = await harness.AddProductAsync(shop.ShopId, "巧克力", [.. Enumerable.Range(0, 12).Select(i => ($"C{i}", 10m, 1))]);
        await harness.PutAsync("rate-limits", new { permitsPerWindow = 4, windowSeconds = 1, perApi = new Dictionary<string, int>() });

        var result = await node.Connector.UpdatePricesAsync(shop, [.. skus.Select(s => new PriceUpdate(productId, s, Money.Of(12.34m, "CNY")))]);

        Assert.Equal((12, 0), (result.Succeeded, result.Failures.Count));
        var inspect = await harness.GetAsync($"shops/{shop.ShopId}");
        Assert.All(inspect.GetProperty("products")[0].GetProperty("skus").EnumerateArray(), s => Assert.Equal(1234, s.GetProperty("priceFen").GetInt64()));
    }

    [Fact]
    public async Task GetOrderAsync_CallLimitWithRetriesOff_ThrowsRateLimited()
    {
        await using var harness = await DouyinHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?> { ["Connectors:Runtime:MaxRateLimitRetries"] = "0" });
        var shop = await harness.AuthorizeAsync(node);
        await harness.PutAsync("rate-limits", new { permitsPerWindow = 1000, windowSeconds = 60, perApi = new Dictionary<string, int> { ["order.orderDetail"] = 1 } });
        await node.Connector.GetOrderAsync(shop, "1");

        var error = await Assert.ThrowsAsync<MarketplaceRateLimitedException>(() => node.Connector.GetOrderAsync(shop, "1"));

        Assert.Equal("60000:isv.app-call-limited", error.PlatformCode);
    }

    [Fact]
    public async Task GetOrderAsync_AlwaysFailing_ThrowsUnavailableWithCode20000()
    {
        await using var harness = await DouyinHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?> { ["Connectors:Runtime:MaxTransientRetries"] = "1" });
        var shop = await harness.AuthorizeAsync(node);
        await harness.PutAsync("faults", new { serverErrorRate = 1.0 });

        var error = await Assert.ThrowsAsync<MarketplaceUnavailableException>(() => node.Connector.GetOrderAsync(shop, "1"));

        Assert.Equal((500, "20000:dop.service-error"), (error.HttpStatus, error.PlatformCode));
    }
}
