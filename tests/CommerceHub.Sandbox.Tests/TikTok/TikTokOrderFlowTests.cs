using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.TikTok;

public sealed class TikTokOrderFlowTests
{
    [Fact]
    public async Task ShipPackage_AwaitingShipment_MovesToAwaitingCollectionWithTracking()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        var orderId = await OrderAsync(sandbox, "AWAITING_SHIPMENT");
        var order = await DetailAsync(sandbox, orderId);
        var packageId = order.GetProperty("packages")[0].GetProperty("id").GetString();

        (await sandbox.TikTok.PostAsync($"/fulfillment/202309/packages/{packageId}/ship", TikTokSandbox.ShopVn,
            new { handover_method = "DROP_OFF", self_shipment = new { tracking_number = "VN123456789", shipping_provider_id = "6617675021119438849" } })).EnsureOk();
        var shipped = await DetailAsync(sandbox, orderId);
        var tracking = (await sandbox.TikTok.GetAsync($"/fulfillment/202309/orders/{orderId}/tracking", TikTokSandbox.ShopVn, TikTokSandbox.ShopVn)).EnsureOk().Data;

        Assert.Equal("AWAITING_COLLECTION", shipped.GetProperty("status").GetString());
        Assert.Equal("VN123456789", shipped.GetProperty("tracking_number").GetString());
        Assert.Equal("150000", shipped.GetProperty("payment").GetProperty("total_amount").GetString());
        Assert.Equal(4, tracking.GetProperty("tracking").GetArrayLength());
    }

    [Fact]
    public async Task ShipPackage_AlreadyShipped_ReturnsStatusError()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        var orderId = await OrderAsync(sandbox, "AWAITING_SHIPMENT");
        var packageId = (await DetailAsync(sandbox, orderId)).GetProperty("packages")[0].GetProperty("id").GetString();
        var ship = () => sandbox.TikTok.PostAsync($"/fulfillment/202309/packages/{packageId}/ship", TikTokSandbox.ShopVn, new { handover_method = "PICKUP" });

        (await ship()).EnsureOk();
        var again = await ship();
        var unknown = await sandbox.TikTok.PostAsync("/fulfillment/202309/packages/1/ship", TikTokSandbox.ShopVn, new { handover_method = "PICKUP" });

        Assert.Equal(21011003, again.Code);
        Assert.Equal(21011001, unknown.Code);
        Assert.Equal("AWAITING_COLLECTION", (await DetailAsync(sandbox, orderId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task CancelOrder_ThroughAdmin_ReturnsStock()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        var orderId = await OrderAsync(sandbox, "AWAITING_SHIPMENT", quantity: 2);

        await sandbox.AdminAsync(HttpMethod.Post, $"/orders/{orderId}/status", new { shopId = TikTokSandbox.ShopVn, status = "CANCELLED" });

        Assert.Equal("CANCELLED", (await DetailAsync(sandbox, orderId)).GetProperty("status").GetString());
        var shop = await sandbox.AdminAsync(HttpMethod.Get, $"/shops/{TikTokSandbox.ShopVn}");
        Assert.Equal(10, shop.GetProperty("products")[0].GetProperty("skus")[0].GetProperty("inventory")[0].GetProperty("quantity").GetInt32());
    }

    [Fact]
    public async Task OrderDetail_FiftyOneIds_IsRefused()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);

        var result = await sandbox.TikTok.GetAsync("/order/202309/orders", TikTokSandbox.ShopVn, TikTokSandbox.ShopVn, ("ids", string.Join(',', Enumerable.Range(1, 51))));

        Assert.Equal(40006, result.Code);
    }

    private static async Task<string> OrderAsync(TikTokSandbox sandbox, string? advanceTo, int quantity = 1)
    {
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);
        await sandbox.AddProductAsync(TikTokSandbox.ShopVn, 10);
        var report = await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = TikTokSandbox.ShopVn, count = 1, quantity, advanceTo });
        return report.GetProperty("orderIds")[0].GetString()!;
    }

    private static async Task<System.Text.Json.JsonElement> DetailAsync(TikTokSandbox sandbox, string orderId) =>
        (await sandbox.TikTok.GetAsync("/order/202309/orders", TikTokSandbox.ShopVn, TikTokSandbox.ShopVn, ("ids", orderId))).EnsureOk().Data.GetProperty("orders")[0];
}
