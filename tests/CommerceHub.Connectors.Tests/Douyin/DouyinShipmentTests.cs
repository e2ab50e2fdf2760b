using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Douyin;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Douyin;

public sealed class DouyinShipmentTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task ArrangeShipmentAsync_ShipsWithTrackingAndSecondCallSendsNothing()
    {
        await using var harness = await DouyinHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        await harness.AddProductAsync(shop.ShopId, "奶粉", ("MILK", 168m, 5));
        var orderId = (await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 1 })).GetProperty("orderIds")[0].GetString()!;
        var sink = node.Capability<IShipmentSink>();
        var request = new ShipmentRequest(orderId, ShipmentMethod.SellerCarrier, "ZT7500000001");

        var first = await sink.ArrangeShipmentAsync(shop, request);
        var second = await sink.ArrangeShipmentAsync(shop, request);

        Assert.Equal((false, "ZT7500000001"), (first.AlreadyArranged, first.TrackingNumber));
        Assert.True(second.AlreadyArranged);
        Assert.Equal(1, node.Http.Calls(DouyinHarness.Path(DouyinClient.LogisticsAdd)));
        Assert.Equal("ZT7500000001", await sink.GetTrackingNumberAsync(shop, orderId));
        Assert.Equal(OrderStatus.Shipped, (await node.Connector.GetOrderAsync(shop, orderId))!.Status);
    }

    [Fact]
    public async Task ArrangeShipmentAsync_ResponseLost_ChecksOrderAndDoesNotResend()
    {
        await using var harness = await DouyinHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        await harness.AddProductAsync(shop.ShopId, "奶粉", ("MILK", 168m, 5));
        var orderId = (await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 1 })).GetProperty("orderIds")[0].GetString()!;
        node.Http.LoseResponses(DouyinHarness.Path(DouyinClient.LogisticsAdd));

        var ack = await node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(orderId, ShipmentMethod.SellerCarrier, "SF1000"));

        Assert.Equal("SF1000", ack.TrackingNumber);
        Assert.Equal(1, node.Http.Calls(DouyinHarness.Path(DouyinClient.LogisticsAdd)));
    }

    [Fact]
    public async Task ArrangeShipmentAsync_WithoutTrackingOrCancelledOrder_RefusedBeforeSending()
    {
        await using var harness = await DouyinHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        await harness.AddProductAsync(shop.ShopId, "奶粉", ("MILK", 168m, 5));
        var orderId = (await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 1 })).GetProperty("orderIds")[0].GetString()!;
        await harness.PostAsync($"orders/{orderId}/status", new { shopId = shop.ShopId, status = "4" });

        await Assert.ThrowsAsync<MarketplaceValidationException>(() => node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(orderId, ShipmentMethod.Pickup)));
        await Assert.ThrowsAsync<MarketplaceValidationException>(() => node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(orderId, ShipmentMethod.SellerCarrier, "SF1")));
        await Assert.ThrowsAsync<MarketplaceNotFoundException>(() => node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest("6920000000000099999", ShipmentMethod.SellerCarrier, "SF1")));
        Assert.Equal(0, node.Http.Calls(DouyinHarness.Path(DouyinClient.LogisticsAdd)));
    }
}
