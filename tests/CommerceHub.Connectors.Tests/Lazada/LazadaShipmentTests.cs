using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Lazada;

public sealed class LazadaShipmentTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const string PackPath = "/rest/order/fulfill/pack";
    private const string RtsPath = "/rest/order/package/rts";

    [Fact]
    public async Task ArrangeShipmentAsync_PendingOrder_PackedReadyToShipWithTracking()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node();
        var (shop, orderId) = await PendingOrderAsync(harness, node, units: 2);

        var ack = await node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(orderId, ShipmentMethod.Dropoff));

        Assert.False(ack.AlreadyArranged);
        Assert.StartsWith("LEXVN", ack.TrackingNumber, StringComparison.Ordinal);
        Assert.Equal(ack.TrackingNumber, await node.Connector.GetTrackingNumberAsync(shop, orderId));
        var order = await node.Connector.GetOrderAsync(shop, orderId);
        Assert.Equal((OrderStatus.Processed, "ready_to_ship"), (order!.Status, order.PlatformStatus));
        Assert.Equal((1, 1), (node.Http.Calls(PackPath), node.Http.Calls(RtsPath)));
    }

    [Fact]
    public async Task ArrangeShipmentAsync_Repeated_AlreadyArrangedWithoutSendingAgain()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node();
        var (shop, orderId) = await PendingOrderAsync(harness, node, units: 1);
        var first = await node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(orderId, ShipmentMethod.Pickup));

        var second = await node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(orderId, ShipmentMethod.Pickup));

        Assert.True(second.AlreadyArranged);
        Assert.Equal(first.TrackingNumber, second.TrackingNumber);
        Assert.Equal((1, 1), (node.Http.Calls(PackPath), node.Http.Calls(RtsPath)));
    }

    [Fact]
    public async Task ArrangeShipmentAsync_PackResponseLost_ChecksStatusAndPacksOnce()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node();
        var (shop, orderId) = await PendingOrderAsync(harness, node, units: 1);
        node.Http.LoseResponses(PackPath);
        node.Http.LoseResponses(RtsPath);

        var ack = await node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(orderId, ShipmentMethod.Dropoff));

        Assert.Equal((1, 1), (node.Http.Calls(PackPath), node.Http.Calls(RtsPath)));
        Assert.NotNull(ack.TrackingNumber);
        var items = (await harness.OrdersAsync(shop.ShopId)).Single().GetProperty("items").EnumerateArray();
        Assert.All(items, i => Assert.Equal("ready_to_ship", i.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task ArrangeShipmentAsync_UnpaidOrder_RefusedWithoutPacking()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, LazadaHarness.SellerVn);
        await LazadaHarness.ListSimpleAsync(node, shop, "TEE");
        var orderId = (await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 1 })).GetProperty("orderIds")[0].GetString()!;

        var error = await Assert.ThrowsAsync<MarketplaceValidationException>(() => node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(orderId, ShipmentMethod.Dropoff)));

        Assert.Contains("unpaid", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, node.Http.Calls(PackPath));
        Assert.Null(await node.Connector.GetTrackingNumberAsync(shop, orderId));
    }

    private static async Task<(ShopRef Shop, string OrderId)> PendingOrderAsync(LazadaHarness harness, LazadaNode node, int units)
    {
        var shop = await harness.AuthorizeAsync(node, LazadaHarness.SellerVn);
        await LazadaHarness.ListSimpleAsync(node, shop, "TEE");
        var report = await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 1, quantity = units, advanceTo = "pending" });
        return (shop, report.GetProperty("orderIds")[0].GetString()!);
    }
}
