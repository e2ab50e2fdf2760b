using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Tiki.Dtos;

namespace CommerceHub.Connectors.Tiki;

public sealed partial class TikiConnector
{
    /// <summary>
    /// Drop-ship: the seller confirms the order from its warehouse and Tiki's carrier collects it, so only
    /// <see cref="ShipmentMethod.Pickup"/> applies. The order is read first (confirmed already means done); after an
    /// unclear failure it is read again instead of confirming twice.
    /// </summary>
    public async Task<ShipmentAck> ArrangeShipmentAsync(ShopRef shop, ShipmentRequest request, CancellationToken cancellationToken = default)
    {
        if (request.Method != ShipmentMethod.Pickup)
        {
            throw TikiErrors.Client("client.shipment", "Tiki drop-ship orders are collected by Tiki's carrier: only pickup can be arranged.");
        }

        var order = await OrderDtoAsync(shop, request.ExternalOrderId, cancellationToken);
        if (TikiStatuses.IsConfirmed(order.Status))
        {
            return Ack(shop, request, order.Shipping?.TrackingCode, alreadyArranged: true);
        }

        if (order.Status != TikiStatuses.Queueing || order.FulfillmentType is not (null or "dropship"))
        {
            throw TikiErrors.Client("client.shipment", $"Tiki order {request.ExternalOrderId} is {order.Status} ({order.FulfillmentType}); only drop-ship orders in queueing can be confirmed.");
        }

        var confirmed = await runner.RunCheckedAsync(
            shop,
            Call(shop, TikiClient.ConfirmAvailablePath, idempotent: false),
            async (token, ct) => (await client.ConfirmAvailableAsync(token.AccessToken, request.ExternalOrderId, client.Options.WarehouseId, ct)).TrackingCode ?? "",
            async ct => await OrderDtoAsync(shop, request.ExternalOrderId, ct) is { } now && TikiStatuses.IsConfirmed(now.Status) ? now.Shipping?.TrackingCode ?? "" : null,
            cancellationToken);
        return Ack(shop, request, confirmed, alreadyArranged: false);
    }

    public async Task<string?> GetTrackingNumberAsync(ShopRef shop, string externalOrderId, CancellationToken cancellationToken = default) =>
        (await OrderDtoAsync(shop, externalOrderId, cancellationToken)).Shipping?.TrackingCode is { Length: > 0 } code ? code : null;

    private Task<OrderDto> OrderDtoAsync(ShopRef shop, string code, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        return RunAsync(shop, TikiClient.OrderPath, idempotent: true, (token, c) => client.GetOrderAsync(token, code, c), ct);
    }

    private ShipmentAck Ack(ShopRef shop, ShipmentRequest request, string? trackingCode, bool alreadyArranged)
    {
        Log.ShipmentArranged(logger, shop.Marketplace, shop.ShopId, request.ExternalOrderId, alreadyArranged);
        return new ShipmentAck(request.ExternalOrderId, string.IsNullOrEmpty(trackingCode) ? null : trackingCode, alreadyArranged);
    }
}
