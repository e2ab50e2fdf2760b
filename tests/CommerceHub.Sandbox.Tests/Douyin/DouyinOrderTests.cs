using System.Globalization;
using System.Text.Json;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Douyin;

public sealed class DouyinOrderTests
{
    [Fact]
    public async Task Burst_MoreOrdersThanStock_SellsOnlyPublishedStock()
    {
        await using var sandbox = await DouyinSandbox.StartAsync();
        await sandbox.AuthorizeAsync(DouyinSandbox.ShopA);
        var (_, skus) = await sandbox.AddProductAsync(DouyinSandbox.ShopA, "蒙古羊绒围巾", ("SCARF-1", 299.00m, 100));
        Assert.Equal(10000, (await sandbox.CallAsync("sku.syncStock", new { sku_id = skus[0], stock_num = 5, incremental = false })).Code);

        var report = await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = DouyinSandbox.ShopA, count = 20 });

        Assert.Equal((5, 15), (report.GetProperty("created").GetInt32(), report.GetProperty("soldOut").GetInt32()));
        var skuList = (await sandbox.CallAsync("sku.list", new { product_id = (await FirstProductAsync(sandbox)) })).Data;
        Assert.Equal(0, skuList[0].GetProperty("stock_num").GetInt32());
    }

    [Fact]
    public async Task SearchList_PagesFromZeroAndHonoursTheWindow()
    {
        await using var sandbox = await DouyinSandbox.StartAsync();
        await sandbox.AuthorizeAsync(DouyinSandbox.ShopA);
        await sandbox.AddProductAsync(DouyinSandbox.ShopA, "俄罗斯巧克力", ("CHOCO", 39.90m, 100));
        await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = DouyinSandbox.ShopA, count = 25 });
        var start = long.Parse(sandbox.Now(TimeSpan.FromHours(-1)), CultureInfo.InvariantCulture);

        var ids = new List<string>();
        for (var page = 0; page < 3; page++)
        {
            var data = (await sandbox.CallAsync("order.searchList", new { page, size = 10, update_time_start = start, order_by = "update_time", order_asc = true })).Data;
            Assert.Equal(25, data.GetProperty("total").GetInt32());
            ids.AddRange(data.GetProperty("shop_order_list").EnumerateArray().Select(o => o.GetProperty("shop_order_id").GetString()!));
        }

        var tooWide = await sandbox.CallAsync("order.searchList", new { page = 0, size = 10, update_time_start = start - (8 * 86400), update_time_end = start });
        var tooBig = await sandbox.CallAsync("order.searchList", new { page = 0, size = 101, update_time_start = start });
        var tooDeep = await sandbox.CallAsync("order.searchList", new { page = 100, size = 100, update_time_start = start });

        Assert.Equal(25, ids.Distinct().Count());
        Assert.All((DouyinResponse[])[tooWide, tooBig, tooDeep], r => Assert.Equal(40004, r.Code));
    }

    [Fact]
    public async Task OrderDetailAndLogisticsAdd_ShipsOnceWithTrackingAndChineseIntact()
    {
        await using var sandbox = await DouyinSandbox.StartAsync();
        await sandbox.AuthorizeAsync(DouyinSandbox.ShopA);
        await sandbox.AddProductAsync(DouyinSandbox.ShopA, "白俄罗斯奶粉 800克", ("MILK", 168.00m, 10));
        var orderId = (await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = DouyinSandbox.ShopA, count = 1 })).GetProperty("orderIds")[0].GetString()!;
        var ship = new { order_id = orderId, company_code = "zhongtong", logistics_code = "ZT75000000001" };

        var before = (await sandbox.CallAsync("order.orderDetail", new { shop_order_id = orderId })).Data.GetProperty("shop_order_detail");
        var shipped = await sandbox.CallAsync("order.logisticsAdd", ship);
        var again = await sandbox.CallAsync("order.logisticsAdd", ship);
        var after = (await sandbox.CallAsync("order.orderDetail", new { shop_order_id = orderId })).Data.GetProperty("shop_order_detail");
        var otherShop = await SandboxForOtherShopAsync(sandbox, orderId);

        Assert.Equal((2, "备货中", 16800L), (before.GetProperty("order_status").GetInt32(), before.GetProperty("order_status_desc").GetString(), before.GetProperty("pay_amount").GetInt64()));
        Assert.Equal("白俄罗斯奶粉 800克", before.GetProperty("sku_order_list")[0].GetProperty("product_name").GetString());
        Assert.Equal(10000, shipped.Code);
        Assert.Equal((50002, "订单状态不允许发货"), (again.Code, again.Json.GetProperty("sub_msg").GetString()));
        Assert.Equal(3, after.GetProperty("order_status").GetInt32());
        Assert.Equal("ZT75000000001", after.GetProperty("logistics_info")[0].GetProperty("tracking_no").GetString());
        Assert.Equal(50002, otherShop.Code);
    }

    [Fact]
    public async Task StockAndPrice_BatchLimitsAndFenPrices()
    {
        await using var sandbox = await DouyinSandbox.StartAsync();
        await sandbox.AuthorizeAsync(DouyinSandbox.ShopA);
        var (productId, skus) = await sandbox.AddProductAsync(DouyinSandbox.ShopA, "面粉", ("F-1", 20m, 1), ("F-2", 30m, 1));

        var batch = await sandbox.CallAsync("sku.syncStockBatch", new
        {
            product_id = productId,
            incremental = false,
            sku_sync_list = skus.Select((id, i) => new { sku_id = id, stock_num = 40 + i }),
        });
        var tooMany = await sandbox.CallAsync("sku.syncStockBatch", new
        {
            product_id = productId,
            incremental = false,
            sku_sync_list = Enumerable.Range(0, 51).Select(_ => new { sku_id = skus[0], stock_num = 1 }),
        });
        var price = await sandbox.CallAsync("sku.editPrice", new { product_id = productId, sku_id = skus[1], price = 2590 });
        var badPrice = await sandbox.CallAsync("sku.editPrice", new { product_id = productId, sku_id = skus[1], price = 0 });
        var list = (await sandbox.CallAsync("sku.list", new { product_id = productId })).Data;

        Assert.Equal((10000, 40004, 10000, 40004), (batch.Code, tooMany.Code, price.Code, badPrice.Code));
        Assert.Equal([40, 41], list.EnumerateArray().Select(s => s.GetProperty("stock_num").GetInt32()));
        Assert.Equal([2000L, 2590L], list.EnumerateArray().Select(s => s.GetProperty("price").GetInt64()));
    }

    private static async Task<long> FirstProductAsync(DouyinSandbox sandbox) =>
        (await sandbox.CallAsync("product.listV2", new { page = 1, size = 10 })).Data.GetProperty("data")[0].GetProperty("product_id").GetInt64();

    private static async Task<DouyinResponse> SandboxForOtherShopAsync(DouyinSandbox sandbox, string orderId)
    {
        await sandbox.AuthorizeAsync(DouyinSandbox.ShopB);
        return await sandbox.CallAsync("order.orderDetail", new { shop_order_id = orderId }, DouyinSandbox.ShopB);
    }
}
