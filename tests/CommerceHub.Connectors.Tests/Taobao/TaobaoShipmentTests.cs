using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Taobao;

public sealed class TaobaoShipmentTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private static readonly string Send = TaobaoHarness.Calls("taobao.logistics.offline.send");

    [Fact]
    public async Task ArrangeShipmentAsync_PaidTrade_SentOnceThenAlreadyArrangedWithTracking()
    {
        await using var harness = await TaobaoHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        await node.Connector.CreateListingAsync(shop, TaobaoHarness.Listing("SHIP-1"));
        var tid = (await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 1, advanceTo = "WAIT_SELLER_SEND_GOODS" })).GetProperty("orderIds")[0].GetString()!;
        var request = new ShipmentRequest(tid, ShipmentMethod.SellerCarrier, "ZT7700001234");

        var first = await node.Connector.ArrangeShipmentAsync(shop, request);
        var second = await node.Connector.ArrangeShipmentAsync(shop, request);

        Assert.Equal((false, "ZT7700001234"), (first.AlreadyArranged, first.TrackingNumber));
        Assert.Equal((true, "ZT7700001234"), (second.AlreadyArranged, second.TrackingNumber));
        Assert.Equal(1, node.Http.Calls(Send));
        Assert.Equal("ZT7700001234", await node.Connector.GetTrackingNumberAsync(shop, tid));
        var order = await node.Connector.GetOrderAsync(shop, tid);
        Assert.Equal((OrderStatus.Shipped, "ZT7700001234"), (order!.Status, order.TrackingNumber));
    }

    [Fact]
    public async Task ArrangeShipmentAsync_ResponseLost_ChecksTradeAndNeverSendsTwice()
    {
        await using var harness = await TaobaoHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        await node.Connector.CreateListingAsync(shop, TaobaoHarness.Listing("SHIP-2"));
        var tid = (await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 1, advanceTo = "WAIT_SELLER_SEND_GOODS" })).GetProperty("orderIds")[0].GetString()!;
        node.Http.LoseResponses(Send);

        var ack = await node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(tid, ShipmentMethod.SellerCarrier, "ZT7700009999"));

        Assert.Equal(1, node.Http.Calls(Send));
        Assert.Equal("ZT7700009999", ack.TrackingNumber);
    }

    [Fact]
    public async Task ArrangeShipmentAsync_UnpaidOrNoTrackingNumber_Refused()
    {
        await using var harness = await TaobaoHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        await node.Connector.CreateListingAsync(shop, TaobaoHarness.Listing("SHIP-3"));
        var tid = (await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 1 })).GetProperty("orderIds")[0].GetString()!;

        await Assert.ThrowsAsync<MarketplaceValidationException>(() => node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(tid, ShipmentMethod.SellerCarrier, "ZT1")));
        await Assert.ThrowsAsync<MarketplaceValidationException>(() => node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(tid, ShipmentMethod.Pickup)));

        Assert.Equal(0, node.Http.Calls(Send));
    }
}
