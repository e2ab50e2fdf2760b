using System.Globalization;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.JD;

public sealed class JDOrderTests
{
    private const string Search = "jingdong.pop.order.search";
    private const string Get = "jingdong.pop.order.get";

    [Fact]
    public async Task Search_StatePageAndOptionalFields_PagesThroughMatchingOrders()
    {
        await using var sandbox = await JDSandbox.StartAsync();
        await sandbox.AuthorizeAsync(JDSandbox.VenderA);
        await sandbox.AddSkuAsync(JDSandbox.VenderA, 128.5m, 50);
        await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = JDSandbox.VenderA, count = 5 });
        await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = JDSandbox.VenderA, count = 2, advanceTo = "WAIT_GOODS_RECEIVE_CONFIRM" });

        var ids = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var result = (await sandbox.CallAsync(Search, new { order_state = "WAIT_SELLER_STOCK_OUT", page = $"{page}", page_size = "2", optional_fields = "orderState,orderTotalPrice" }))
                .Body(Search).GetProperty("searchorderinfo_result");
            Assert.Equal(5, result.GetProperty("orderTotal").GetInt32());
            foreach (var order in result.GetProperty("orderInfoList").EnumerateArray())
            {
                Assert.Equal(["orderId", "orderTotalPrice", "orderState"], order.EnumerateObject().Select(p => p.Name));
                Assert.Equal("128.50", order.GetProperty("orderTotalPrice").GetString());
                ids.Add(order.GetProperty("orderId").GetString()!);
            }
        }

        Assert.Equal(5, ids.Distinct().Count());
        var both = (await sandbox.CallAsync(Search, new { order_state = "WAIT_SELLER_STOCK_OUT,WAIT_GOODS_RECEIVE_CONFIRM" })).Body(Search);
        Assert.Equal(7, both.GetProperty("searchorderinfo_result").GetProperty("orderTotal").GetInt32());
    }

    [Fact]
    public async Task Search_WindowOver30DaysOrPageSizeOver100_IsRefused()
    {
        await using var sandbox = await JDSandbox.StartAsync();
        await sandbox.AuthorizeAsync(JDSandbox.VenderA);

        var wide = await sandbox.CallAsync(Search, new { order_state = "WAIT_SELLER_STOCK_OUT", start_date = sandbox.Now(TimeSpan.FromDays(-31)), end_date = sandbox.Now() });
        var big = await sandbox.CallAsync(Search, new { order_state = "WAIT_SELLER_STOCK_OUT", page_size = "101" });
        var ok = await sandbox.CallAsync(Search, new { order_state = "WAIT_SELLER_STOCK_OUT", start_date = sandbox.Now(TimeSpan.FromDays(-30)), end_date = sandbox.Now() });

        Assert.Equal("17", wide.ErrorCode);
        Assert.Equal("17", big.ErrorCode);
        Assert.Null(ok.ErrorCode);
    }

    [Fact]
    public async Task Get_AndShipment_ChineseTextIntactAndStateMovesOnce()
    {
        await using var sandbox = await JDSandbox.StartAsync();
        await sandbox.AuthorizeAsync(JDSandbox.VenderA);
        await sandbox.AddSkuAsync(JDSandbox.VenderA, 99m, 5, name: "京东测试商品 红色");
        var orderId = (await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = JDSandbox.VenderA, count = 1 })).GetProperty("orderIds")[0].GetString();
        var ship = new { order_id = orderId, logistics_id = "467", waybill = "JDV000000000001" };

        var first = (await sandbox.CallAsync("jingdong.pop.order.shipment", ship)).Body("jingdong.pop.order.shipment");
        var second = (await sandbox.CallAsync("jingdong.pop.order.shipment", ship)).Body("jingdong.pop.order.shipment");
        var detail = await sandbox.CallAsync(Get, new { order_id = orderId });
        var missing = (await sandbox.CallAsync(Get, new { order_id = "1" })).Body(Get);

        Assert.True(first.GetProperty("sopjosshipment_result").GetProperty("success").GetBoolean());
        Assert.False(second.GetProperty("sopjosshipment_result").GetProperty("success").GetBoolean());
        var info = detail.Body(Get).GetProperty("orderDetailInfo").GetProperty("orderInfo");
        Assert.Equal("WAIT_GOODS_RECEIVE_CONFIRM", info.GetProperty("orderState").GetString());
        Assert.Equal("JDV000000000001", info.GetProperty("waybill").GetString());
        Assert.Equal("京东测试商品 红色", info.GetProperty("itemInfoList")[0].GetProperty("skuName").GetString());
        Assert.Contains("京东测试商品", detail.Raw, StringComparison.Ordinal);
        Assert.False(missing.GetProperty("orderDetailInfo").GetProperty("apiResult").GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task FlashSale_StockWrittenThenParallelBursts_NeverSellsMoreThanStock()
    {
        await using var sandbox = await JDSandbox.StartAsync();
        await sandbox.AuthorizeAsync(JDSandbox.VenderA);
        var skuA = await sandbox.AddSkuAsync(JDSandbox.VenderA, 59m, 0);
        var skuB = await sandbox.AddSkuAsync(JDSandbox.VenderA, 69m, 0);
        Assert.Null((await sandbox.CallAsync("jingdong.stock.write.updateSkuStock", new { skuId = skuA, stockNum = 11 })).ErrorCode);
        Assert.Null((await sandbox.CallAsync("jingdong.stock.write.updateSkuStock", new { skuId = skuB, stockNum = 8 })).ErrorCode);

        var bursts = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = JDSandbox.VenderA, count = 10 })));

        Assert.Equal(19, bursts.Sum(b => b.GetProperty("created").GetInt32()));
        var shop = await sandbox.AdminAsync(HttpMethod.Get, $"/shops/{JDSandbox.VenderA}");
        Assert.All(shop.GetProperty("skus").EnumerateArray(), s => Assert.Equal(0, s.GetProperty("stock").GetInt32()));
        var sold = shop.GetProperty("orders").EnumerateArray().SelectMany(o => o.GetProperty("itemInfoList").EnumerateArray())
            .GroupBy(i => i.GetProperty("skuId").GetString()).ToDictionary(g => g.Key!, g => g.Sum(i => int.Parse(i.GetProperty("itemTotal").GetString()!, CultureInfo.InvariantCulture)));
        Assert.Equal(11, sold[skuA.ToString(CultureInfo.InvariantCulture)]);
        Assert.Equal(8, sold[skuB.ToString(CultureInfo.InvariantCulture)]);
    }

    [Fact]
    public async Task UpdatePrice_ThreeDecimals_IsRefusedAndTwoDecimalsApply()
    {
        await using var sandbox = await JDSandbox.StartAsync();
        await sandbox.AuthorizeAsync(JDSandbox.VenderA);
        var sku = await sandbox.AddSkuAsync(JDSandbox.VenderA, 59m, 3);

        var bad = await sandbox.CallAsync("jingdong.price.write.updateSkuJdPrice", new { skuId = sku, jdPrice = "12.345" });
        var good = await sandbox.CallAsync("jingdong.price.write.updateSkuJdPrice", new { skuId = sku, jdPrice = "12.34" });

        Assert.Equal("17", bad.ErrorCode);
        Assert.True(good.Body("jingdong.price.write.updateSkuJdPrice").GetProperty("success").GetBoolean());
        Assert.Equal("12.34", (await sandbox.AdminAsync(HttpMethod.Get, $"/shops/{JDSandbox.VenderA}")).GetProperty("skus")[0].GetProperty("jdPrice").GetString());
    }
}
