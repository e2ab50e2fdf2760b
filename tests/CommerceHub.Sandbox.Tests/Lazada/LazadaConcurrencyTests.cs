using System.Globalization;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Lazada;

public sealed class LazadaConcurrencyTests
{
    [Fact]
    public async Task FlashSale_ParallelBurstsAndStockUpdates_NeverSellsMoreThanPublished()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerVn);
        var (itemId, skus) = await sandbox.AddProductAsync(LazadaSandbox.SellerVn, 13, 21);

        // 10 bursts of 10 buyers over HTTP at once, while the seller keeps reading the listing.
        var bursts = Enumerable.Range(0, 10).Select(_ => sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = LazadaSandbox.SellerVn, count = 10 })).ToList();
        var reads = Enumerable.Range(0, 10).Select(_ => sandbox.Lazada.GetAsync("/products/get", LazadaSandbox.SellerVn)).ToList();
        var reports = await Task.WhenAll(bursts);
        Assert.All(await Task.WhenAll(reads), r => r.EnsureOk());

        Assert.Equal(34, reports.Sum(r => r.GetProperty("created").GetInt32()));
        Assert.Equal(100 - 34, reports.Sum(r => r.GetProperty("soldOut").GetInt32()));
        var shop = await sandbox.AdminAsync(HttpMethod.Get, $"/shops/{LazadaSandbox.SellerVn}");
        var sold = shop.GetProperty("orders").EnumerateArray().SelectMany(o => o.GetProperty("items").EnumerateArray())
            .GroupBy(i => long.Parse(i.GetProperty("sku_id").GetString()!, CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(13, sold[skus[0]]);
        Assert.Equal(21, sold[skus[1]]);
        var listed = shop.GetProperty("products").EnumerateArray().Single(p => p.GetProperty("item_id").GetInt64() == itemId);
        Assert.All(listed.GetProperty("skus").EnumerateArray(), s => Assert.Equal(0, s.GetProperty("quantity").GetInt32()));
    }
}
