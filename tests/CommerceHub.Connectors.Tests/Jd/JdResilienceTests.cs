using System.Net;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Jd;

public sealed class JdResilienceTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private static readonly string Stock = JdHarness.Calls("jingdong.stock.write.updateSkuStock");

    [Fact]
    public async Task Sandbox5xxAndTimeouts_IdempotentWritesRetriedToTheLastValue()
    {
        await using var harness = await JdHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?>
        {
            ["Connectors:JD:Timeout"] = "00:00:00.400",
            ["Connectors:Runtime:MaxTransientRetries"] = "10",
        });
        var shop = await harness.AuthorizeAsync(node);
        var (ware, sku) = await harness.AddSkuAsync();
        await harness.PutAsync("faults", new { serverErrorRate = 0.25, timeoutRate = 0.05, hangMs = 1500 });

        for (var stock = 1; stock <= 20; stock++)
        {
            await node.Connector.UpdateStockAsync(shop, [new StockUpdate(ware, sku, stock)]);
        }

        await harness.PutAsync("faults", new { });

        Assert.Equal(20, Assert.Single(await harness.SkusAsync()).GetProperty("stock").GetInt32());
        Assert.True(node.Http.Status(HttpStatusCode.InternalServerError) + node.Http.TransportFailures > 0, "faults should have hit some of the 20 calls");
    }

    [Fact]
    public async Task ArrangeShipmentAsync_Sandbox5xx_ShipmentSentOnceAtMost()
    {
        await using var harness = await JdHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?> { ["Connectors:Runtime:MaxTransientRetries"] = "10" });
        var shop = await harness.AuthorizeAsync(node);
        await harness.AddSkuAsync();
        var id = (await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 1 })).GetProperty("orderIds")[0].GetString()!;
        await harness.PutAsync("faults", new { serverErrorRate = 0.3 });

        var ack = await node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(id, ShipmentMethod.SellerCarrier, "JDV000000000003"));
        await harness.PutAsync("faults", new { });

        Assert.Equal("JDV000000000003", ack.TrackingNumber);
        Assert.Equal("WAIT_GOODS_RECEIVE_CONFIRM", (await node.Connector.GetOrderAsync(shop, id))!.PlatformStatus);
    }

    [Fact]
    public async Task UpdateStockAsync_CallLimitStorm_CompletesWithoutErrorOrDuplicates()
    {
        await using var harness = await JdHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        var skus = new List<(string Ware, string Sku)>();
        for (var i = 0; i < 8; i++)
        {
            skus.Add(await harness.AddSkuAsync($"俄罗斯面粉 {i} 号"));
        }

        await harness.PutAsync("rate-limits", new { permitsPerWindow = 3, windowSeconds = 1, perApi = new Dictionary<string, int>() });

        var result = await node.Connector.UpdateStockAsync(shop, [.. skus.Select(s => new StockUpdate(s.Ware, s.Sku, 9))]);

        Assert.Equal((8, 0), (result.Succeeded, result.Failures.Count));
        Assert.True(node.Http.Calls(Stock) > 8, "the sandbox should have answered code 18 to some calls");
        await harness.PutAsync("rate-limits", new { permitsPerWindow = 100000, windowSeconds = 1, perApi = new Dictionary<string, int>() });
        Assert.All(await harness.SkusAsync(), s => Assert.Equal(9, s.GetProperty("stock").GetInt32()));
    }
}
