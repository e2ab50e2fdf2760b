using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Douyin.Dtos;

namespace CommerceHub.Connectors.Douyin;

public sealed partial class DouyinConnector
{
    /// <summary>
    /// order.logisticsAdd with the seller's tracking number and the configured carrier code (Douyin has no platform
    /// pickup for this flow). Checks the order first (already shipped means done) and, after an unclear failure,
    /// re-reads it instead of sending again.
    /// </summary>
    public async Task<ShipmentAck> ArrangeShipmentAsync(ShopRef shop, ShipmentRequest request, CancellationToken cancellationToken = default)
    {
        if (request.Method != ShipmentMethod.SellerCarrier || string.IsNullOrWhiteSpace(request.TrackingNumber))
        {
            throw DouyinErrors.Client("client.tracking", "Douyin Shop orders are shipped with the seller's carrier and its tracking number.");
        }

        var order = await OrderOrThrowAsync(shop, request.ExternalOrderId, cancellationToken);
        if (DouyinStatuses.IsShipped(order.OrderStatus))
        {
            return Ack(shop, request, order, alreadyArranged: true);
        }

        if (order.OrderStatus != DouyinStatuses.AwaitingShipment)
        {
            throw DouyinErrors.Client("client.status", $"Douyin Shop order {request.ExternalOrderId} cannot be shipped in status {order.OrderStatus}.");
        }

        var body = new LogisticsAddRequest(request.ExternalOrderId, client.Options.LogisticsCompanyCode, request.TrackingNumber);
        await runner.RunCheckedAsync(
            shop,
            Call(shop, DouyinClient.LogisticsAdd, idempotent: false),
            (token, ct) => client.AddLogisticsAsync(token, body, ct),
            async ct => await OrderDtoAsync(shop, request.ExternalOrderId, ct) is { } now && DouyinStatuses.IsShipped(now.OrderStatus) ? new EmptyData() : null,
            cancellationToken);
        return Ack(shop, request, await OrderOrThrowAsync(shop, request.ExternalOrderId, cancellationToken), alreadyArranged: false);
    }

    public async Task<string?> GetTrackingNumberAsync(ShopRef shop, string externalOrderId, CancellationToken cancellationToken = default) =>
        await OrderDtoAsync(shop, externalOrderId, cancellationToken) is { } order ? Tracking(order) : null;

    private async Task<OrderDto> OrderOrThrowAsync(ShopRef shop, string orderId, CancellationToken ct) =>
        await OrderDtoAsync(shop, orderId, ct)
            ?? throw new MarketplaceNotFoundException(new MarketplaceError(Marketplace.Douyin, 200, "50002", null, null), $"Douyin Shop order {orderId} not found.");

    private static string? Tracking(OrderDto order) => order.LogisticsInfo?.Select(l => l.TrackingNo).FirstOrDefault(t => !string.IsNullOrEmpty(t));

    private ShipmentAck Ack(ShopRef shop, ShipmentRequest request, OrderDto order, bool alreadyArranged)
    {
        Log.ShipmentArranged(logger, shop.Marketplace, shop.ShopId, request.ExternalOrderId, alreadyArranged);
        return new ShipmentAck(request.ExternalOrderId, Tracking(order), alreadyArranged);
    }
}
