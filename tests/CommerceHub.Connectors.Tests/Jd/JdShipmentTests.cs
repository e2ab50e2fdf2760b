using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Jd;

public sealed class JdShipmentTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private static readonly string Ship = JdHarness.Calls("jingdong.pop.order.shipment");

    [Fact]
    public async Task ArrangeShipmentAsync_WaitingOrder_ShippedOnceThenAlreadyArrangedWithWaybill()
    {
        await using var harness = await JdHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        await harness.AddSkuAsync();
        var id = (await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 1 })).GetProperty("orderIds")[0].GetString()!;
        var request = new ShipmentRequest(id, ShipmentMethod.SellerCarrier, "JDV000000000001");

        var first = await node.Connector.ArrangeShipmentAsync(shop, request);
        var second = await node.Connector.ArrangeShipmentAsync(shop, request);

        Assert.Equal((false, "JDV000000000001"), (first.AlreadyArranged, first.TrackingNumber));
        Assert.Equal((true, "JDV000000000001"), (second.AlreadyArranged, second.TrackingNumber));
        Assert.Equal(1, node.Http.Calls(Ship));
        Assert.Equal("JDV000000000001", await node.Connector.GetTrackingNumberAsync(shop, id));
        Assert.Equal(OrderStatus.Shipped, (await node.Connector.GetOrderAsync(shop, id))!.Status);
    }

    [Fact]
    public async Task ArrangeShipmentAsync_ResponseLost_ChecksOrderAndNeverShipsTwice()
    {
        await using var harness = await JdHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        await harness.AddSkuAsync();
        var id = (await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 1 })).GetProperty("orderIds")[0].GetString()!;
        node.Http.LoseResponses(Ship);

        var ack = await node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(id, ShipmentMethod.SellerCarrier, "JDV000000000002"));

        Assert.Equal(1, node.Http.Calls(Ship));
        Assert.Equal("JDV000000000002", ack.TrackingNumber);
    }

    [Fact]
    public async Task ArrangeShipmentAsync_CancelledOrWithoutWaybill_Refused()
    {
        await using var harness = await JdHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        await harness.AddSkuAsync();
        var id = (await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 1 })).GetProperty("orderIds")[0].GetString()!;
        await harness.PostAsync($"orders/{id}/status", new { shopId = shop.ShopId, status = "TRADE_CANCELED" });

        await Assert.ThrowsAsync<MarketplaceValidationException>(() => node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(id, ShipmentMethod.SellerCarrier, "JDV1")));
        await Assert.ThrowsAsync<MarketplaceValidationException>(() => node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(id, ShipmentMethod.Dropoff)));

        Assert.Equal(0, node.Http.Calls(Ship));
    }
}
