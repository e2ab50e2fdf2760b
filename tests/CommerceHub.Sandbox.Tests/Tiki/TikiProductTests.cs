using System.Net;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Tiki;

public sealed class TikiProductTests
{
    [Fact]
    public async Task ProductRequest_ClockRuns_WalksReviewStatesThenOneProductPerVariant()
    {
        await using var sandbox = await TikiSandbox.StartAsync();
        var (token, _) = await sandbox.AuthorizeSellerAsync(TikiSandbox.SellerA);
        var created = (await sandbox.SendAsync(HttpMethod.Post, "/integration/v2.1/requests", token, TikiSandbox.ProductRequest(150000, 5, 7))).EnsureOk();
        var track = $"/integration/v2/requests/{created.Json.GetProperty("track_id").GetString()}";

        var states = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            states.Add((await sandbox.SendAsync(HttpMethod.Get, track, token)).EnsureOk().Json.GetProperty("state").GetString()!);
            sandbox.Host.Clock.Advance(TimeSpan.FromSeconds(30));
        }

        Assert.Equal(["queuing", "processing", "md_waiting_approve", "bot_waiting_approve", "awaiting_approve", "approved"], states);
        var list = (await sandbox.SendAsync(HttpMethod.Get, "/integration/v2/products?include=inventory", token)).EnsureOk().Json;
        Assert.Equal(2, list.GetProperty("paging").GetProperty("total").GetInt32());
        var stocks = list.GetProperty("data").EnumerateArray().Select(p => p.GetProperty("inventory").GetProperty("quantity_available").GetInt32()).Order();
        Assert.Equal([5, 7], stocks);
    }

    [Fact]
    public async Task ProductRequest_PriceBelowMinimum_EndsRejectedWithoutProducts()
    {
        await using var sandbox = await TikiSandbox.StartAsync();
        var (token, _) = await sandbox.AuthorizeSellerAsync(TikiSandbox.SellerA);
        var created = (await sandbox.SendAsync(HttpMethod.Post, "/integration/v2.1/requests", token, TikiSandbox.ProductRequest(500, 3))).EnsureOk();
        sandbox.Host.Clock.Advance(TimeSpan.FromMinutes(5));

        var request = (await sandbox.SendAsync(HttpMethod.Get, $"/integration/v2/requests/{created.Json.GetProperty("track_id").GetString()}", token)).EnsureOk();

        Assert.Equal("rejected", request.Json.GetProperty("state").GetString());
        Assert.Equal(0, request.Json.GetProperty("products").GetArrayLength());
    }

    [Fact]
    public async Task ProductRequest_DecimalPrice_Returns400()
    {
        await using var sandbox = await TikiSandbox.StartAsync();
        var (token, _) = await sandbox.AuthorizeSellerAsync(TikiSandbox.SellerA);
        var body = new { category_id = 1, name = "x", variants = new[] { new { sku = "A", price = 1500.5m } } };

        var result = await sandbox.SendAsync(HttpMethod.Post, "/integration/v2.1/requests", token, body);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("positive integer", result.Json.GetProperty("error").GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateSku_ByOriginalSku_SetsPriceStockAndActive()
    {
        await using var sandbox = await TikiSandbox.StartAsync();
        var (token, _) = await sandbox.AuthorizeSellerAsync(TikiSandbox.SellerA);
        await sandbox.AddProductsAsync(token, 150000, 5);

        (await sandbox.SendAsync(HttpMethod.Put, "/integration/v2/products/updateSku", token, new
        {
            original_sku = "SKU-0",
            price = 99000,
            active = 0,
            warehouse_quantities = new[] { new { warehouse_id = 1034, qty_available = 3 }, new { warehouse_id = 1015, qty_available = 4 } },
        })).EnsureOk();

        var product = (await sandbox.SendAsync(HttpMethod.Get, "/integration/v2/products?include=inventory", token)).EnsureOk().Json.GetProperty("data")[0];
        Assert.Equal(99000, product.GetProperty("price").GetInt64());
        Assert.Equal(0, product.GetProperty("active").GetInt32());
        Assert.Equal(7, product.GetProperty("inventory").GetProperty("quantity_available").GetInt32());
        Assert.Equal(0, (await sandbox.SendAsync(HttpMethod.Get, "/integration/v2/products?active=1", token)).Json.GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task UpdateSkus_OneBadEntry_OnlyThatEntryIsRejected()
    {
        await using var sandbox = await TikiSandbox.StartAsync();
        var (token, _) = await sandbox.AuthorizeSellerAsync(TikiSandbox.SellerA);
        var ids = await sandbox.AddProductsAsync(token, 150000, 5, 5);

        var result = (await sandbox.SendAsync(HttpMethod.Put, "/integration/v2.1/products/updateSkus", token, new
        {
            data = new object[]
            {
                new { product_id = ids[0], price = 120000 },
                new { product_id = ids[1], price = 120000.5m },
                new { original_sku = "NOPE", price = 120000 },
            },
        })).EnsureOk();

        var states = result.Json.GetProperty("data").EnumerateArray().Select(e => e.GetProperty("state").GetString()).ToList();
        Assert.Equal(["approved", "rejected", "rejected"], states);
        var prices = (await sandbox.SendAsync(HttpMethod.Get, "/integration/v2/products", token)).Json.GetProperty("data").EnumerateArray()
            .ToDictionary(p => p.GetProperty("product_id").GetInt64(), p => p.GetProperty("price").GetInt64());
        Assert.Equal(120000, prices[ids[0]]);
        Assert.Equal(150000, prices[ids[1]]);
    }
}
