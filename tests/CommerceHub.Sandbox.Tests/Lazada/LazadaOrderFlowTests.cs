using System.Globalization;
using System.Text.Json;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Lazada;

public sealed class LazadaOrderFlowTests
{
    [Fact]
    public async Task PackThenRts_PendingItems_BecomeReadyToShipWithPackageAndTracking()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        var (orderId, itemIds) = await PendingOrderAsync(sandbox, quantity: 2);

        var pack = (await sandbox.Lazada.PostAsync("/order/fulfill/pack", LazadaSandbox.SellerVn, ("packReq", PackRequest(orderId, itemIds)))).EnsureOk();
        var packed = pack.Json.GetProperty("result").GetProperty("data").GetProperty("pack_order_list")[0].GetProperty("order_item_list");
        var packageId = packed[0].GetProperty("package_id").GetString()!;
        var rts = (await sandbox.Lazada.PostAsync("/order/package/rts", LazadaSandbox.SellerVn, ("readyToShipReq", JsonSerializer.Serialize(new { packages = new[] { new { package_id = packageId } } })))).EnsureOk();
        var items = (await sandbox.Lazada.GetAsync("/order/items/get", LazadaSandbox.SellerVn, ("order_id", orderId.ToString(CultureInfo.InvariantCulture)))).EnsureOk().Data;

        Assert.All(packed.EnumerateArray(), i => Assert.Equal("0", i.GetProperty("item_err_code").GetString()));
        Assert.StartsWith("FP", packageId, StringComparison.Ordinal);
        Assert.Equal("0", rts.Json.GetProperty("result").GetProperty("data").GetProperty("packages")[0].GetProperty("item_err_code").GetString());
        Assert.Equal(2, items.GetArrayLength());
        Assert.All(items.EnumerateArray(), i =>
        {
            Assert.Equal("ready_to_ship", i.GetProperty("status").GetString());
            Assert.Equal(packageId, i.GetProperty("package_id").GetString());
            Assert.False(string.IsNullOrEmpty(i.GetProperty("tracking_code").GetString()));
        });
    }

    [Fact]
    public async Task Pack_UnpaidItem_ReportsItemErrorAndLeavesStatus()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerVn);
        await sandbox.AddProductAsync(LazadaSandbox.SellerVn, 5);
        var orderId = long.Parse((await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = LazadaSandbox.SellerVn, count = 1 })).GetProperty("orderIds")[0].GetString()!, CultureInfo.InvariantCulture);
        var itemId = (await sandbox.Lazada.GetAsync("/order/items/get", LazadaSandbox.SellerVn, ("order_id", orderId.ToString(CultureInfo.InvariantCulture)))).EnsureOk().Data[0].GetProperty("order_item_id").GetInt64();

        var pack = (await sandbox.Lazada.PostAsync("/order/fulfill/pack", LazadaSandbox.SellerVn, ("packReq", PackRequest(orderId, [itemId])))).EnsureOk();
        var order = (await sandbox.Lazada.GetAsync("/order/get", LazadaSandbox.SellerVn, ("order_id", orderId.ToString(CultureInfo.InvariantCulture)))).EnsureOk().Data;

        Assert.NotEqual("0", pack.Json.GetProperty("result").GetProperty("data").GetProperty("pack_order_list")[0].GetProperty("order_item_list")[0].GetProperty("item_err_code").GetString());
        Assert.Equal(["unpaid"], order.GetProperty("statuses").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task CancelOrder_ThroughAdmin_ReturnsStockAndSetsItemStatus()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        var (orderId, _) = await PendingOrderAsync(sandbox, quantity: 3);

        await sandbox.AdminAsync(HttpMethod.Post, $"/orders/{orderId}/status", new { shopId = LazadaSandbox.SellerVn, status = "canceled" });

        var order = (await sandbox.Lazada.GetAsync("/order/get", LazadaSandbox.SellerVn, ("order_id", orderId.ToString(CultureInfo.InvariantCulture)))).EnsureOk().Data;
        Assert.Equal(["canceled"], order.GetProperty("statuses").EnumerateArray().Select(s => s.GetString()));
        var sku = (await sandbox.Lazada.GetAsync("/products/get", LazadaSandbox.SellerVn)).EnsureOk().Data.GetProperty("products")[0].GetProperty("skus")[0];
        Assert.Equal(10, sku.GetProperty("quantity").GetInt32());
    }

    [Fact]
    public async Task OrderGet_UnknownOrder_ReturnsE016()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerVn);

        var result = await sandbox.Lazada.GetAsync("/order/get", LazadaSandbox.SellerVn, ("order_id", "123"));

        Assert.Equal("16", result.Code);
        Assert.Equal("E016: Invalid Order ID", result.Message);
    }

    /// <summary>Lists 10 units, places one order of <paramref name="quantity"/> units and moves it to pending.</summary>
    private static async Task<(long OrderId, long[] ItemIds)> PendingOrderAsync(LazadaSandbox sandbox, int quantity)
    {
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerVn);
        await sandbox.AddProductAsync(LazadaSandbox.SellerVn, 10);
        var report = await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = LazadaSandbox.SellerVn, count = 1, quantity, advanceTo = "pending" });
        var orderId = long.Parse(report.GetProperty("orderIds")[0].GetString()!, CultureInfo.InvariantCulture);
        var items = (await sandbox.Lazada.GetAsync("/order/items/get", LazadaSandbox.SellerVn, ("order_id", orderId.ToString(CultureInfo.InvariantCulture)))).EnsureOk().Data;
        Assert.All(items.EnumerateArray(), i => Assert.Equal("pending", i.GetProperty("status").GetString()));
        return (orderId, [.. items.EnumerateArray().Select(i => i.GetProperty("order_item_id").GetInt64())]);
    }

    private static string PackRequest(long orderId, long[] itemIds) => JsonSerializer.Serialize(new
    {
        pack_order_list = new[] { new { order_item_list = itemIds, order_id = orderId } },
        delivery_type = "dropship",
        shipping_allocate_type = "TFS",
    });
}
