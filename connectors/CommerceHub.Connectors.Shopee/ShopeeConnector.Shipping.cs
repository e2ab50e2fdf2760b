using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Shopee.Dtos;

namespace CommerceHub.Connectors.Shopee;

public sealed partial class ShopeeConnector
{
    /// <summary>
    /// Checks the order first (an order already past READY_TO_SHIP was arranged by an earlier attempt or by the
    /// seller), builds the parameters get_shipping_parameter asks for, and after an unclear ship_order failure
    /// re-reads the order's status instead of sending it again.
    /// </summary>
    public async Task<ShipmentAck> ArrangeShipmentAsync(ShopRef shop, ShipmentRequest request, CancellationToken cancellationToken = default)
    {
        var order = await GetOrderAsync(shop, request.ExternalOrderId, cancellationToken)
            ?? throw new MarketplaceNotFoundException(
                new MarketplaceError(Marketplace.Shopee, 200, "error_not_found", null, null), $"Shopee order {request.ExternalOrderId} not found.");
        if (IsArranged(order.PlatformStatus))
        {
            return await AckAsync(shop, request, alreadyArranged: true, cancellationToken);
        }

        var body = await ShipOrderBodyAsync(shop, request, cancellationToken);
        await runner.RunCheckedAsync(
            shop,
            Call(shop, ShopeeClient.ShipOrderPath, idempotent: false),
            (token, ct) => client.ShipOrderAsync(token, body, ct),
            async ct => await GetOrderAsync(shop, request.ExternalOrderId, ct) is { } now && IsArranged(now.PlatformStatus) ? new EmptyResponse() : null,
            cancellationToken);
        return await AckAsync(shop, request, alreadyArranged: false, cancellationToken);
    }

    public async Task<string?> GetTrackingNumberAsync(ShopRef shop, string externalOrderId, CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(shop, ShopeeClient.TrackingNumberPath, idempotent: true,
            (token, ct) => client.GetTrackingNumberAsync(token, externalOrderId, ct), cancellationToken);
        return string.IsNullOrEmpty(result.TrackingNumber) ? null : result.TrackingNumber;
    }

    private static bool IsArranged(string platformStatus) =>
        platformStatus is not (ShopeeStatuses.ReadyToShip or ShopeeStatuses.RetryShip or "UNPAID" or "PENDING" or "IN_CANCEL" or "CANCELLED");

    private async Task<ShipmentAck> AckAsync(ShopRef shop, ShipmentRequest request, bool alreadyArranged, CancellationToken ct)
    {
        var tracking = await GetTrackingNumberAsync(shop, request.ExternalOrderId, ct);
        Log.ShipmentArranged(logger, shop.Marketplace, shop.ShopId, request.ExternalOrderId, request.Method, alreadyArranged);
        return new ShipmentAck(request.ExternalOrderId, tracking, alreadyArranged);
    }

    private async Task<ShipOrderRequest> ShipOrderBodyAsync(ShopRef shop, ShipmentRequest request, CancellationToken ct)
    {
        switch (request.Method)
        {
            case ShipmentMethod.SellerCarrier:
                return new ShipOrderRequest(request.ExternalOrderId, null, null,
                    new NonIntegratedDto(request.TrackingNumber ?? throw ShopeeErrors.Client("client.tracking", "Shipping with the seller's carrier needs a tracking number.")));
            case ShipmentMethod.Dropoff:
                return new ShipOrderRequest(request.ExternalOrderId, null, new DropoffDto(request.TrackingNumber), null);
            default:
                var parameters = await RunAsync(shop, ShopeeClient.ShippingParameterPath, idempotent: true,
                    (token, c) => client.GetShippingParameterAsync(token, request.ExternalOrderId, c), ct);
                var addresses = parameters.Pickup?.AddressList ?? [];
                var address = addresses.FirstOrDefault(a => a.AddressFlag?.Contains("pickup_address") == true) ?? (addresses is [var first, ..] ? first : null);
                if (address?.TimeSlotList is not [var slot, ..])
                {
                    throw ShopeeErrors.Client("client.pickup", $"Shopee offers no pickup address or time slot for order {request.ExternalOrderId}.");
                }

                return new ShipOrderRequest(request.ExternalOrderId, new PickupDto(address.AddressId, slot.PickupTimeId, request.TrackingNumber), null, null);
        }
    }
}
