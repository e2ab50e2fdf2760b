using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Shopee;

public sealed class ShopeeShipmentTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const string ShipOrderPath = "/api/v2/logistics/ship_order";

    [Fact]
    public async Task ArrangeShipmentAsync_PickupForReadyOrder_ProcessedWithTrackingNumber()
    {
        await using var harness = await ShopeeHarness.StartAsync(redis);
        var (node, shop, orderId) = await ReadyOrderAsync(harness);

        var ack = await node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(orderId, ShipmentMethod.Pickup));

        Assert.False(ack.AlreadyArranged);
        Assert.False(string.IsNullOrEmpty(ack.TrackingNumber));
        Assert.Equal(OrderStatus.Processed, (await node.Connector.GetOrderAsync(shop, orderId))!.Status);
        Assert.Equal(ack.TrackingNumber, await node.Connector.GetTrackingNumberAsync(shop, orderId));
    }

    [Fact]
    public async Task ArrangeShipmentAsync_CalledAgain_ReportsAlreadyArrangedWithoutSecondShipOrder()
    {
        await using var harness = await ShopeeHarness.StartAsync(redis);
        var (node, shop, orderId) = await ReadyOrderAsync(harness);
        await node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(orderId, ShipmentMethod.SellerCarrier, "VN-OWN-123"));

        var again = await node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(orderId, ShipmentMethod.SellerCarrier, "VN-OWN-123"));

        Assert.True(again.AlreadyArranged);
        Assert.Equal("VN-OWN-123", again.TrackingNumber);
        Assert.Equal(1, node.Http.Calls(ShipOrderPath));
    }

    [Fact]
    public async Task ArrangeShipmentAsync_ResponseLostAfterPlatformActed_CheckedNotResent()
    {
        await using var harness = await ShopeeHarness.StartAsync(redis);
        var (node, shop, orderId) = await ReadyOrderAsync(harness);
        node.Http.LoseResponses(ShipOrderPath);

        var ack = await node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(orderId, ShipmentMethod.Dropoff));

        Assert.Equal(1, node.Http.Calls(ShipOrderPath));
        Assert.NotNull(ack.TrackingNumber);
        Assert.Equal(OrderStatus.Processed, (await node.Connector.GetOrderAsync(shop, orderId))!.Status);
    }

    [Fact]
    public async Task ArrangeShipmentAsync_CancelledOrder_ValidationError()
    {
        await using var harness = await ShopeeHarness.StartAsync(redis);
        var (node, shop, orderId) = await ReadyOrderAsync(harness);
        await harness.PostAsync($"orders/{orderId}/status", new { shopId = shop.ShopId, status = "CANCELLED" });

        var error = await Assert.ThrowsAsync<MarketplaceValidationException>(() =>
            node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(orderId, ShipmentMethod.Pickup)));

        Assert.Equal("logistics.order_status_error", error.PlatformCode);
    }

    private static async Task<(ShopeeNode Node, ShopRef Shop, string OrderId)> ReadyOrderAsync(ShopeeHarness harness)
    {
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, ShopeeHarness.ShopVn);
        await ShopeeHarness.ListSimpleItemAsync(node, shop, "TEE");
        var report = await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 1, advanceTo = "READY_TO_SHIP" });
        return (node, shop, report.GetProperty("orderIds")[0].GetString()!); // the item has stock, so the order exists
    }
}
