using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Tiki;

public sealed class TikiShipmentTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task ArrangeShipmentAsync_QueueingOrder_ConfirmedWithTrackingNumber()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);
        var code = await OrderAsync(harness, node, shop, "queueing");

        var ack = await node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(code, ShipmentMethod.Pickup));
        var again = await node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(code, ShipmentMethod.Pickup));

        Assert.False(ack.AlreadyArranged);
        Assert.StartsWith("TNSL", ack.TrackingNumber, StringComparison.Ordinal);
        Assert.Equal((true, ack.TrackingNumber), (again.AlreadyArranged, again.TrackingNumber));
        Assert.Equal(ack.TrackingNumber, await node.Connector.GetTrackingNumberAsync(shop, code));
        Assert.Equal(1, node.Http.Calls($"/integration/v2/orders/{code}/dropship/confirm-available"));
        Assert.Equal(OrderStatus.ReadyToShip, (await node.Connector.GetOrderAsync(shop, code))!.Status);
    }

    [Fact]
    public async Task ArrangeShipmentAsync_ResponseLost_ReadsOrderBackAndConfirmsOnce()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);
        var code = await OrderAsync(harness, node, shop, "queueing");
        var path = $"/integration/v2/orders/{code}/dropship/confirm-available";
        node.Http.LoseResponses(path);

        var ack = await node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(code, ShipmentMethod.Pickup));

        Assert.Equal(1, node.Http.Calls(path));
        Assert.Equal(await node.Connector.GetTrackingNumberAsync(shop, code), ack.TrackingNumber);
    }

    [Fact]
    public async Task ArrangeShipmentAsync_ConfirmedInSellerCenter_NothingSent()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);
        var code = await OrderAsync(harness, node, shop, "ready_to_ship");

        var ack = await node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(code, ShipmentMethod.Pickup));

        Assert.True(ack.AlreadyArranged);
        Assert.NotNull(ack.TrackingNumber);
        Assert.Equal(0, node.Http.Calls($"/integration/v2/orders/{code}/dropship/confirm-available"));
    }

    [Fact]
    public async Task ArrangeShipmentAsync_UnpaidOrSellerCarrierOrUnknown_Refused()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);
        var unpaid = await OrderAsync(harness, node, shop, null);
        var queueing = await OrderAsync(harness, node, shop, "queueing");

        await Assert.ThrowsAsync<MarketplaceValidationException>(() => node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(unpaid, ShipmentMethod.Pickup)));
        await Assert.ThrowsAsync<MarketplaceValidationException>(() => node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(queueing, ShipmentMethod.SellerCarrier, "VN123")));
        await Assert.ThrowsAsync<MarketplaceNotFoundException>(() => node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest("999999999", ShipmentMethod.Pickup)));

        Assert.Null(await node.Connector.GetTrackingNumberAsync(shop, queueing));
        Assert.Equal(0, node.Http.Calls($"/integration/v2/orders/{unpaid}/dropship/confirm-available") + node.Http.Calls($"/integration/v2/orders/{queueing}/dropship/confirm-available"));
    }

    private static async Task<string> OrderAsync(TikiHarness harness, TikiNode node, ShopRef shop, string? advanceTo)
    {
        var item = (await harness.SeedProductsAsync(node, shop, "SHIP" + Guid.NewGuid().ToString("N")[..6], 0))[0].ExternalVariantId;
        var body = advanceTo is null ? new { shopId = shop.ShopId, count = 1, itemId = item } : (object)new { shopId = shop.ShopId, count = 1, itemId = item, advanceTo };
        return (await harness.PostAsync("scenarios/orders", body)).GetProperty("orderIds")[0].GetString()!;
    }
}
