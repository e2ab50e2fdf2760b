using System.Globalization;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Shopee;

public sealed class ShopeeConcurrencyTests
{
    [Fact]
    public async Task FlashSale_ManyParallelBursts_NeverSellsMoreThanPublishedStock()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        var (itemId, models) = await sandbox.AddVariantItemAsync(ShopeeSandbox.ShopVn, 17, 20);

        // 12 buyers' bursts of 10 orders each over HTTP at once, while the seller keeps reading stock.
        var bursts = Enumerable.Range(0, 12).Select(_ => sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = "600001", count = 10 })).ToList();
        var reads = Enumerable.Range(0, 12).Select(_ => sandbox.Shopee.GetAsync("/api/v2/product/get_model_list", ShopeeSandbox.ShopVn, $"item_id={itemId}")).ToList();
        var reports = await Task.WhenAll(bursts);
        await Task.WhenAll(reads);

        Assert.Equal(37, reports.Sum(r => r.GetProperty("created").GetInt32()));
        Assert.Equal(120 - 37, reports.Sum(r => r.GetProperty("soldOut").GetInt32()));
        var list = (await sandbox.Shopee.GetAsync("/api/v2/product/get_model_list", ShopeeSandbox.ShopVn, $"item_id={itemId}")).EnsureOk().Response;
        Assert.All(list.GetProperty("model").EnumerateArray(), m =>
            Assert.Equal(0, m.GetProperty("stock_info_v2").GetProperty("summary_info").GetProperty("total_available_stock").GetInt32()));
        var shop = await sandbox.AdminAsync(HttpMethod.Get, "/shops/600001");
        var sold = shop.GetProperty("orders").EnumerateArray()
            .SelectMany(o => o.GetProperty("item_list").EnumerateArray())
            .GroupBy(l => l.GetProperty("model_id").GetInt64())
            .ToDictionary(g => g.Key, g => g.Sum(l => l.GetProperty("model_quantity_purchased").GetInt32()));
        Assert.Equal(17, sold[models[0]]);
        Assert.Equal(20, sold[models[1]]);
    }

    [Fact]
    public async Task FlashSale_SellerRestocksDuringBurst_SoldNeverExceedsStockEverPublished()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        var itemId = await sandbox.AddItemAsync(ShopeeSandbox.ShopVn, stock: 10);

        var burst = sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = "600001", count = 200, itemId = itemId.ToString(CultureInfo.InvariantCulture) });
        var restock = sandbox.Shopee.PostAsync("/api/v2/product/update_stock", ShopeeSandbox.ShopVn, new
        {
            item_id = itemId,
            stock_list = new[] { new { model_id = 0, seller_stock = new[] { new { stock = 15 } } } },
        });
        var report = await burst;
        (await restock).EnsureOk();
        var finalBurst = await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = "600001", count = 50 });

        var created = report.GetProperty("created").GetInt32() + finalBurst.GetProperty("created").GetInt32();
        Assert.InRange(created, 15, 25);
        var left = (await sandbox.Shopee.GetAsync("/api/v2/product/get_item_base_info", ShopeeSandbox.ShopVn, $"item_id_list={itemId}")).EnsureOk()
            .Response.GetProperty("item_list")[0].GetProperty("stock_info_v2").GetProperty("summary_info").GetProperty("total_available_stock").GetInt32();
        Assert.Equal(0, left);
    }
}
