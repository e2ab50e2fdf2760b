using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.TikTok.Dtos;

namespace CommerceHub.Connectors.TikTok;

public sealed partial class TikTokConnector
{
    /// <summary>
    /// Ships the order's package: handover by pickup or drop-off, or the seller's own carrier with its tracking number.
    /// Checks the order first (already handed over means done) and, after an unclear failure, re-reads it instead of
    /// sending again.
    /// </summary>
    public async Task<ShipmentAck> ArrangeShipmentAsync(ShopRef shop, ShipmentRequest request, CancellationToken cancellationToken = default)
    {
        var body = request.Method switch
        {
            ShipmentMethod.SellerCarrier => new ShipPackageRequest(null, new SelfShipmentDto(
                request.TrackingNumber ?? throw TikTokErrors.Client("client.tracking", "Shipping with the seller's carrier needs a tracking number."), null)),
            ShipmentMethod.Dropoff => new ShipPackageRequest("DROP_OFF", null),
            _ => new ShipPackageRequest("PICKUP", null),
        };
        var order = await OrderOrThrowAsync(shop, request.ExternalOrderId, cancellationToken);
        if (TikTokStatuses.IsArranged(order.Status))
        {
            return Ack(shop, request, order, alreadyArranged: true);
        }

        if (order.Packages is not [var package, ..])
        {
            throw TikTokErrors.Client("client.package", $"TikTok Shop order {request.ExternalOrderId} has no package to ship (status {order.Status}).");
        }

        await runner.RunCheckedAsync(
            shop,
            Call(shop, TikTokClient.ShipPackageApi, idempotent: false),
            async (token, ct) => await client.ShipPackageAsync(token, await CipherAsync(shop, ct), package.Id, body, ct),
            async ct => (await OrderDtosAsync(shop, [request.ExternalOrderId], ct)) is [var now, ..] && TikTokStatuses.IsArranged(now.Status) ? new EmptyData() : null,
            cancellationToken);
        return Ack(shop, request, await OrderOrThrowAsync(shop, request.ExternalOrderId, cancellationToken), alreadyArranged: false);
    }

    public async Task<string?> GetTrackingNumberAsync(ShopRef shop, string externalOrderId, CancellationToken cancellationToken = default) =>
        (await OrderDtosAsync(shop, [externalOrderId], cancellationToken)) is [var order, ..] && !string.IsNullOrEmpty(order.TrackingNumber) ? order.TrackingNumber : null;

    private async Task<OrderDto> OrderOrThrowAsync(ShopRef shop, string orderId, CancellationToken ct) =>
        (await OrderDtosAsync(shop, [orderId], ct)) is [var order, ..]
            ? order
            : throw new MarketplaceNotFoundException(new MarketplaceError(Marketplace.TikTokShop, 200, "21011002", null, null), $"TikTok Shop order {orderId} not found.");

    private ShipmentAck Ack(ShopRef shop, ShipmentRequest request, OrderDto order, bool alreadyArranged)
    {
        Log.ShipmentArranged(logger, shop.Marketplace, shop.ShopId, request.ExternalOrderId, request.Method, alreadyArranged);
        return new ShipmentAck(request.ExternalOrderId, string.IsNullOrEmpty(order.TrackingNumber) ? null : order.TrackingNumber, alreadyArranged);
    }
}
