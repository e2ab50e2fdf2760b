using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Shopee;

public sealed class ShopeeOrderFlowTests
{
    [Fact]
    public async Task ShipOrder_ReadyToShipOrder_BecomesProcessedWithTrackingNumber()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        await sandbox.AddItemAsync(ShopeeSandbox.ShopVn, stock: 5);
        var orderSn = (await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = "600001", count = 1, advanceTo = "READY_TO_SHIP" }))
            .GetProperty("orderIds")[0].GetString()!;

        var before = (await sandbox.Shopee.GetAsync("/api/v2/logistics/get_tracking_number", ShopeeSandbox.ShopVn, $"order_sn={orderSn}")).EnsureOk().Response;
        var parameters = (await sandbox.Shopee.GetAsync("/api/v2/logistics/get_shipping_parameter", ShopeeSandbox.ShopVn, $"order_sn={orderSn}")).EnsureOk().Response;
        var address = parameters.GetProperty("pickup").GetProperty("address_list")[0];
        var pickup = new { address_id = address.GetProperty("address_id").GetInt64(), pickup_time_id = address.GetProperty("time_slot_list")[0].GetProperty("pickup_time_id").GetString() };
        (await sandbox.Shopee.PostAsync("/api/v2/logistics/ship_order", ShopeeSandbox.ShopVn, new { order_sn = orderSn, pickup })).EnsureOk();
        var again = await sandbox.Shopee.PostAsync("/api/v2/logistics/ship_order", ShopeeSandbox.ShopVn, new { order_sn = orderSn, pickup });
        var after = (await sandbox.Shopee.GetAsync("/api/v2/logistics/get_tracking_number", ShopeeSandbox.ShopVn, $"order_sn={orderSn}")).EnsureOk().Response;
        var detail = (await sandbox.Shopee.GetAsync("/api/v2/order/get_order_detail", ShopeeSandbox.ShopVn, $"order_sn_list={orderSn}")).EnsureOk().Response;

        Assert.Equal("", before.GetProperty("tracking_number").GetString());
        Assert.NotEqual("", after.GetProperty("tracking_number").GetString());
        Assert.NotEqual("", again.Error);
        Assert.Equal("PROCESSED", detail.GetProperty("order_list")[0].GetProperty("order_status").GetString());
    }

    [Fact]
    public async Task GetOrderDetail_OptionalFields_OnlyRequestedOnesReturned()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        var itemId = await sandbox.AddItemAsync(ShopeeSandbox.ShopVn, stock: 5, price: 120000);
        var orderSn = (await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = "600001", count = 1, quantity = 2 })).GetProperty("orderIds")[0].GetString();

        var plain = (await sandbox.Shopee.GetAsync("/api/v2/order/get_order_detail", ShopeeSandbox.ShopVn, $"order_sn_list={orderSn}")).EnsureOk().Response.GetProperty("order_list")[0];
        var full = (await sandbox.Shopee.GetAsync("/api/v2/order/get_order_detail", ShopeeSandbox.ShopVn, $"order_sn_list={orderSn}&response_optional_fields=item_list,total_amount")).EnsureOk()
            .Response.GetProperty("order_list")[0];

        Assert.False(plain.TryGetProperty("item_list", out _));
        Assert.Equal("VND", plain.GetProperty("currency").GetString());
        Assert.Equal(240000m, full.GetProperty("total_amount").GetDecimal());
        Assert.Equal(itemId, full.GetProperty("item_list")[0].GetProperty("item_id").GetInt64());
        Assert.False(full.TryGetProperty("recipient_address", out _));
    }

    [Fact]
    public async Task CancelOrder_PaidOrder_ReturnsStock()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        var itemId = await sandbox.AddItemAsync(ShopeeSandbox.ShopVn, stock: 3);
        var orderSn = (await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = "600001", count = 1, quantity = 3, advanceTo = "READY_TO_SHIP" }))
            .GetProperty("orderIds")[0].GetString();
        Assert.Equal(0, await AvailableAsync(sandbox, itemId));

        await sandbox.AdminAsync(HttpMethod.Post, $"/orders/{orderSn}/status", new { shopId = "600001", status = "CANCELLED" });

        Assert.Equal(3, await AvailableAsync(sandbox, itemId));
    }

    [Fact]
    public async Task MoveOrder_NotAllowedTransition_IsRefused()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        await sandbox.AddItemAsync(ShopeeSandbox.ShopVn, stock: 3);
        var orderSn = (await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = "600001", count = 1, advanceTo = "COMPLETED" }))
            .GetProperty("orderIds")[0].GetString();

        using var response = await sandbox.Http.PostAsync($"/__admin/orders/{orderSn}/status", System.Net.Http.Json.JsonContent.Create(new { shopId = "600001", status = "UNPAID" }));

        Assert.Equal(System.Net.HttpStatusCode.Conflict, response.StatusCode);
        var detail = (await sandbox.Shopee.GetAsync("/api/v2/order/get_order_detail", ShopeeSandbox.ShopVn, $"order_sn_list={orderSn}")).EnsureOk().Response;
        Assert.Equal("COMPLETED", detail.GetProperty("order_list")[0].GetProperty("order_status").GetString());
    }

    private static async Task<int> AvailableAsync(ShopeeSandbox sandbox, long itemId) =>
        (await sandbox.Shopee.GetAsync("/api/v2/product/get_item_base_info", ShopeeSandbox.ShopVn, $"item_id_list={itemId}")).EnsureOk()
            .Response.GetProperty("item_list")[0].GetProperty("stock_info_v2").GetProperty("summary_info").GetProperty("total_available_stock").GetInt32();
}
