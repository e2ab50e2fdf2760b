using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.TikTok;

public sealed class TikTokConcurrencyTests
{
    [Fact]
    public async Task FlashSale_ParallelBursts_NeverSellsMoreThanPublished()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);
        var (_, skus) = await sandbox.AddProductAsync(TikTokSandbox.ShopVn, 11, 16);

        // 10 bursts of 10 buyers over HTTP at once, while the seller keeps searching the catalog.
        var bursts = Enumerable.Range(0, 10).Select(_ => sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = TikTokSandbox.ShopVn, count = 10 })).ToList();
        var reads = Enumerable.Range(0, 10).Select(_ => sandbox.TikTok.PostAsync("/product/202502/products/search", TikTokSandbox.ShopVn, null, ("page_size", "10"))).ToList();
        var reports = await Task.WhenAll(bursts);
        Assert.All(await Task.WhenAll(reads), r => r.EnsureOk());

        Assert.Equal(27, reports.Sum(r => r.GetProperty("created").GetInt32()));
        Assert.Equal(100 - 27, reports.Sum(r => r.GetProperty("soldOut").GetInt32()));
        var shop = await sandbox.AdminAsync(HttpMethod.Get, $"/shops/{TikTokSandbox.ShopVn}");
        var sold = shop.GetProperty("orders").EnumerateArray().SelectMany(o => o.GetProperty("line_items").EnumerateArray())
            .GroupBy(l => l.GetProperty("sku_id").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(11, sold[skus[0]]);
        Assert.Equal(16, sold[skus[1]]);
        Assert.All(shop.GetProperty("products")[0].GetProperty("skus").EnumerateArray(), s => Assert.Equal(0, s.GetProperty("inventory")[0].GetProperty("quantity").GetInt32()));
    }
}
