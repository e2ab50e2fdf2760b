using System.Net;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Taobao;

public sealed class TaobaoResilienceTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private static readonly string Add = TaobaoHarness.Calls("taobao.item.add");
    private static readonly string Quantity = TaobaoHarness.Calls("taobao.item.quantity.update");

    [Fact]
    public async Task CreateListingAsync_ResponseLostAfterAdd_LooksUpOuterIdAndCreatesOnce()
    {
        await using var harness = await TaobaoHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        node.Http.LoseResponses(Add);

        var published = await node.Connector.CreateListingAsync(shop, TaobaoHarness.Listing("LOST"));

        Assert.Equal(1, node.Http.Calls(Add));
        var item = Assert.Single(await harness.ItemsAsync());
        Assert.Equal(published.ExternalItemId, item.GetProperty("numIid").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Sandbox5xxAndTimeouts_OneItemAndIdempotentCallsRetried()
    {
        await using var harness = await TaobaoHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?>
        {
            ["Connectors:Taobao:Timeout"] = "00:00:00.400",
            ["Connectors:Runtime:MaxTransientRetries"] = "10",
        });
        var shop = await harness.AuthorizeAsync(node);
        await harness.PutAsync("faults", new { serverErrorRate = 0.25, timeoutRate = 0.05, hangMs = 1500 });

        var published = await node.Connector.CreateListingAsync(shop, TaobaoHarness.Listing("FLAKY"));
        for (var stock = 1; stock <= 15; stock++)
        {
            await node.Connector.UpdateStockAsync(shop, [new StockUpdate(published.ExternalItemId, null, stock)]);
        }

        await harness.PutAsync("faults", new { });

        var item = Assert.Single(await harness.ItemsAsync());
        Assert.Equal(15, item.GetProperty("num").GetInt32());
        Assert.True(node.Http.Status(HttpStatusCode.InternalServerError) + node.Http.TransportFailures > 0, "faults should have hit some of the ~18 calls");
    }

    [Fact]
    public async Task UpdateStockAsync_AppCallLimitedStorm_CompletesWithoutErrorOrDuplicates()
    {
        await using var harness = await TaobaoHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        var items = new List<PublishedListing>();
        for (var i = 0; i < 8; i++)
        {
            items.Add(await node.Connector.CreateListingAsync(shop, TaobaoHarness.Listing($"STORM-{i}")));
        }

        await harness.PutAsync("rate-limits", new { permitsPerWindow = 3, windowSeconds = 1, perApi = new Dictionary<string, int>() });

        var result = await node.Connector.UpdateStockAsync(shop, [.. items.Select(i => new StockUpdate(i.ExternalItemId, null, 9))]);

        Assert.Equal((8, 0), (result.Succeeded, result.Failures.Count));
        Assert.True(node.Http.Calls(Quantity) > 8, "the sandbox should have answered App Call Limited to some calls");
        await harness.PutAsync("rate-limits", new { permitsPerWindow = 100000, windowSeconds = 1, perApi = new Dictionary<string, int>() });
        var stored = await harness.ItemsAsync();
        Assert.Equal(8, stored.Length);
        Assert.All(stored, i => Assert.Equal(9, i.GetProperty("num").GetInt32()));
    }
}
