using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.TikTok;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.TikTok;

public sealed class TikTokShipmentTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task ArrangeShipmentAsync_SellerCarrier_TrackingNumberKeptAndSecondCallNotSent()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node();
        var (shop, orderId, packagePath) = await ReadyOrderAsync(harness, node);

        var ack = await node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(orderId, ShipmentMethod.SellerCarrier, "VNPOST123456"));
        var repeat = await node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(orderId, ShipmentMethod.SellerCarrier, "VNPOST123456"));

        Assert.Equal((orderId, "VNPOST123456", false), (ack.ExternalOrderId, ack.TrackingNumber, ack.AlreadyArranged));
        Assert.True(repeat.AlreadyArranged);
        Assert.Equal(1, node.Http.Calls(packagePath));
        Assert.Equal("VNPOST123456", await node.Connector.GetTrackingNumberAsync(shop, orderId));
        Assert.Equal(OrderStatus.Processed, (await node.Connector.GetOrderAsync(shop, orderId))!.Status);
    }

    [Fact]
    public async Task ArrangeShipmentAsync_ResponseLost_OrderCheckedNotSentAgain()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node();
        var (shop, orderId, packagePath) = await ReadyOrderAsync(harness, node);
        node.Http.LoseResponses(packagePath);

        var ack = await node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(orderId, ShipmentMethod.Pickup));

        Assert.Equal(1, node.Http.Calls(packagePath));
        Assert.NotNull(ack.TrackingNumber);
        Assert.Equal(OrderStatus.Processed, (await node.Connector.GetOrderAsync(shop, orderId))!.Status);
    }

    [Fact]
    public async Task ArrangeShipmentAsync_UnpaidOrSellerCarrierWithoutTracking_Refused()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        await TikTokHarness.ListSimpleItemAsync(node, shop, "TEE");
        var unpaid = (await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 1 })).GetProperty("orderIds")[0].GetString()!;

        await Assert.ThrowsAsync<MarketplaceValidationException>(() => node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(unpaid, ShipmentMethod.SellerCarrier)));
        await Assert.ThrowsAsync<MarketplaceValidationException>(() => node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(unpaid, ShipmentMethod.Pickup)));
        await Assert.ThrowsAsync<MarketplaceNotFoundException>(() => node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest("576999999999999999", ShipmentMethod.Pickup)));
        Assert.Equal(OrderStatus.Unpaid, (await node.Connector.GetOrderAsync(shop, unpaid))!.Status);
        Assert.Null(await node.Connector.GetTrackingNumberAsync(shop, unpaid));
    }

    private static async Task<(ShopRef Shop, string OrderId, string PackagePath)> ReadyOrderAsync(TikTokHarness harness, TikTokNode node)
    {
        var shop = await harness.AuthorizeAsync(node);
        await TikTokHarness.ListSimpleItemAsync(node, shop, "TEE");
        var orderId = (await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 1, advanceTo = "AWAITING_SHIPMENT" })).GetProperty("orderIds")[0].GetString()!;
        var view = await harness.GetAsync($"shops/{shop.ShopId}");
        var order = view.GetProperty("orders").EnumerateArray().Single(o => o.GetProperty("id").GetString() == orderId);
        var packageId = order.GetProperty("packages")[0].GetProperty("id").GetString()!;
        return (shop, orderId, TikTokClient.ShipPackagePath(packageId));
    }
}
