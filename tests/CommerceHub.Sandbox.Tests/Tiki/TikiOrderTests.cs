using System.Net;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Tiki;

public sealed class TikiOrderTests
{
    [Fact]
    public async Task OrderList_StatusNinProcessingWaitingPayment_ShowsOnlyAcceptedOrders()
    {
        await using var sandbox = await TikiSandbox.StartAsync();
        var (token, _) = await sandbox.AuthorizeSellerAsync(TikiSandbox.SellerA);
        await sandbox.AddProductsAsync(token, 150000, 10);
        await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = TikiSandbox.SellerA, count = 2 });
        await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = TikiSandbox.SellerA, count = 3, advanceTo = "queueing" });

        var all = (await sandbox.SendAsync(HttpMethod.Get, "/integration/v2/orders", token)).EnsureOk().Json;
        var accepted = (await sandbox.SendAsync(HttpMethod.Get, "/integration/v2/orders?status=nin%7Cprocessing,waiting_payment", token)).EnsureOk().Json;
        var waiting = (await sandbox.SendAsync(HttpMethod.Get, "/integration/v2/orders?status=waiting_payment", token)).EnsureOk().Json;

        Assert.Equal(5, all.GetProperty("paging").GetProperty("total").GetInt32());
        Assert.Equal(3, accepted.GetProperty("paging").GetProperty("total").GetInt32());
        Assert.All(accepted.GetProperty("data").EnumerateArray(), o => Assert.Equal("queueing", o.GetProperty("status").GetString()));
        Assert.Equal(2, waiting.GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task OrderList_PageAndLimit_WalksAllOrdersOnce()
    {
        await using var sandbox = await TikiSandbox.StartAsync();
        var (token, _) = await sandbox.AuthorizeSellerAsync(TikiSandbox.SellerA);
        await sandbox.AddProductsAsync(token, 150000, 20);
        await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = TikiSandbox.SellerA, count = 7 });

        var codes = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var json = (await sandbox.SendAsync(HttpMethod.Get, $"/integration/v2/orders?page={page}&limit=3", token)).EnsureOk().Json;
            Assert.Equal(3, json.GetProperty("paging").GetProperty("last_page").GetInt32());
            codes.AddRange(json.GetProperty("data").EnumerateArray().Select(o => o.GetProperty("code").GetString()!));
        }

        Assert.Equal(7, codes.Distinct().Count());
        Assert.Equal(HttpStatusCode.BadRequest, (await sandbox.SendAsync(HttpMethod.Get, "/integration/v2/orders?limit=101", token)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await sandbox.SendAsync(HttpMethod.Get, "/integration/v2/orders?status=nin%7Cbogus", token)).Status);
    }

    [Fact]
    public async Task OrderDetail_KnownAndUnknownCode_ReturnsIntegerVndOr404()
    {
        await using var sandbox = await TikiSandbox.StartAsync();
        var (token, _) = await sandbox.AuthorizeSellerAsync(TikiSandbox.SellerA);
        await sandbox.AddProductsAsync(token, 150000, 5);
        var code = (await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = TikiSandbox.SellerA, count = 1, quantity = 2 })).GetProperty("orderIds")[0].GetString();

        var order = (await sandbox.SendAsync(HttpMethod.Get, $"/integration/v2/orders/{code}", token)).EnsureOk().Json;
        var missing = await sandbox.SendAsync(HttpMethod.Get, "/integration/v2/orders/999999999", token);

        Assert.Equal(300000, order.GetProperty("invoice").GetProperty("grand_total").GetInt64());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", order.GetProperty("created_at").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        var otherSeller = (await sandbox.AuthorizeSellerAsync(TikiSandbox.SellerB)).Access;
        Assert.Equal(HttpStatusCode.NotFound, (await sandbox.SendAsync(HttpMethod.Get, $"/integration/v2/orders/{code}", otherSeller)).Status);
    }

    [Fact]
    public async Task FlashSale_ParallelBurstsWhileSellerReads_NeverSellsMoreThanStock()
    {
        await using var sandbox = await TikiSandbox.StartAsync();
        var (token, _) = await sandbox.AuthorizeSellerAsync(TikiSandbox.SellerA);
        var ids = await sandbox.AddProductsAsync(token, 150000, 13, 9);

        var bursts = Enumerable.Range(0, 10).Select(_ => sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = TikiSandbox.SellerA, count = 10 })).ToList();
        var reads = Enumerable.Range(0, 10).Select(_ => sandbox.SendAsync(HttpMethod.Get, "/integration/v2/products?include=inventory", token)).ToList();
        var reports = await Task.WhenAll(bursts);
        await Task.WhenAll(reads);

        Assert.Equal(22, reports.Sum(r => r.GetProperty("created").GetInt32()));
        var orders = (await sandbox.SendAsync(HttpMethod.Get, "/integration/v2/orders?limit=100", token)).EnsureOk().Json.GetProperty("data").EnumerateArray()
            .SelectMany(o => o.GetProperty("items").EnumerateArray())
            .GroupBy(i => i.GetProperty("product").GetProperty("id").GetInt64())
            .ToDictionary(g => g.Key, g => g.Sum(i => i.GetProperty("invoice").GetProperty("quantity").GetInt32()));
        Assert.Equal(13, orders[ids[0]]);
        Assert.Equal(9, orders[ids[1]]);
    }

    [Fact]
    public async Task CancelOrder_AfterSale_GivesStockBack()
    {
        await using var sandbox = await TikiSandbox.StartAsync();
        var (token, _) = await sandbox.AuthorizeSellerAsync(TikiSandbox.SellerA);
        await sandbox.AddProductsAsync(token, 150000, 4);
        var code = (await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = TikiSandbox.SellerA, count = 1, quantity = 3, advanceTo = "packaging" }))
            .GetProperty("orderIds")[0].GetString();
        Assert.Equal(1, Available(await sandbox.SendAsync(HttpMethod.Get, "/integration/v2/products?include=inventory", token)));

        await sandbox.AdminAsync(HttpMethod.Post, $"/orders/{code}/status", new { shopId = TikiSandbox.SellerA, status = "canceled" });

        Assert.Equal(4, Available(await sandbox.SendAsync(HttpMethod.Get, "/integration/v2/products?include=inventory", token)));
        Assert.Equal("canceled", (await sandbox.SendAsync(HttpMethod.Get, $"/integration/v2/orders/{code}", token)).Json.GetProperty("status").GetString());
    }

    private static int Available(TikiResponse list) =>
        list.EnsureOk().Json.GetProperty("data")[0].GetProperty("inventory").GetProperty("quantity_available").GetInt32();
}
