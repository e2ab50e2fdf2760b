using System.Net;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.TikTok;

public sealed class TikTokRateLimitTests
{
    private const string Search = "/product/202502/products/search";

    [Fact]
    public async Task PerApiLimit_FiftyOneParallelCalls_OneGets429AndOtherApisAndShopsStillWork()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopTh);
        await sandbox.AdminAsync(HttpMethod.Put, "/rate-limits", new { permitsPerWindow = 50, windowSeconds = 3600, perApi = new Dictionary<string, int>() });

        var results = await Task.WhenAll(Enumerable.Range(0, 51).Select(_ => sandbox.TikTok.PostAsync(Search, TikTokSandbox.ShopVn, null, ("page_size", "1"))));
        var otherApi = await sandbox.TikTok.PostAsync("/order/202309/orders/search", TikTokSandbox.ShopVn, null, ("page_size", "1"));
        var otherShop = await sandbox.TikTok.PostAsync(Search, TikTokSandbox.ShopTh, null, ("page_size", "1"));

        Assert.Equal(50, results.Count(r => r.Code == 0));
        var limited = Assert.Single(results, r => r.Code != 0);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal(36009002, limited.Code);
        otherApi.EnsureOk();
        otherShop.EnsureOk();
        await sandbox.AdminAsync(HttpMethod.Post, "/clock/advance", new { seconds = 3601 });
        (await sandbox.TikTok.PostAsync(Search, TikTokSandbox.ShopVn, null, ("page_size", "1"))).EnsureOk();
    }

    [Fact]
    public async Task PerApiLimit_DifferentProductsSameEndpoint_ShareOneCounter()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);
        var first = await sandbox.AddProductAsync(TikTokSandbox.ShopVn, 1);
        var second = await sandbox.AddProductAsync(TikTokSandbox.ShopVn, 1);
        await sandbox.AdminAsync(HttpMethod.Put, "/rate-limits", new { permitsPerWindow = 1, windowSeconds = 3600, perApi = new Dictionary<string, int>() });

        var a = await sandbox.TikTok.PostAsync($"/product/202309/products/{first.ProductId}/inventory/update", TikTokSandbox.ShopVn, new { skus = new[] { new { id = first.SkuIds[0], inventory = new[] { new { quantity = 3 } } } } });
        var b = await sandbox.TikTok.PostAsync($"/product/202309/products/{second.ProductId}/inventory/update", TikTokSandbox.ShopVn, new { skus = new[] { new { id = second.SkuIds[0], inventory = new[] { new { quantity = 3 } } } } });

        a.EnsureOk();
        Assert.Equal(36009002, b.Code);
    }
}
