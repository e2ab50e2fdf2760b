using CommerceHub.Connectors.Abstractions;
using A = CommerceHub.Connectors.Jd.JdConnectorAssumptions;

namespace CommerceHub.Connectors.Jd;

public sealed partial class JdConnector
{
    /// <summary>
    /// jingdong.pop.order.shipment with the seller's waybill and the app's carrier (<see cref="JdOptions.LogisticsId"/>).
    /// The order's state is read first and again after an unclear failure, so the shipment is never sent twice.
    /// </summary>
    public async Task<ShipmentAck> ArrangeShipmentAsync(ShopRef shop, ShipmentRequest request, CancellationToken cancellationToken = default)
    {
        Check(shop);
        if (request.Method != ShipmentMethod.SellerCarrier || string.IsNullOrWhiteSpace(request.TrackingNumber))
        {
            throw JdErrors.Client("client.shipment_method", "JD POP shipment needs the seller's carrier and its waybill (ShipmentMethod.SellerCarrier with a tracking number).");
        }

        var orderId = request.ExternalOrderId;
        Id(orderId, nameof(request));
        var order = await OrderAsync(shop, orderId, cancellationToken)
            ?? throw new MarketplaceNotFoundException(new MarketplaceError(Marketplace.JD, null, "apiResult", null, null), $"JD order {orderId} not found.");
        if (JdStatuses.IsShippedOrLater(order.OrderState))
        {
            Log.ShipmentArranged(logger, shop.Marketplace, shop.ShopId, orderId, true);
            return new ShipmentAck(orderId, string.IsNullOrEmpty(order.Waybill) ? null : order.Waybill, AlreadyArranged: true);
        }

        if (order.OrderState != JdStatuses.WaitStockOut)
        {
            throw JdErrors.Client("client.order_status", $"JD order {orderId} is {order.OrderState}; only {JdStatuses.WaitStockOut} can be shipped.");
        }

        var ack = await runner.RunCheckedAsync(
            shop,
            Call(shop, A.Shipment, idempotent: false),
            async (token, ct) =>
            {
                var result = (await client.ShipAsync(token, orderId, request.TrackingNumber, ct)).Result;
                if (result is not { Success: true })
                {
                    throw JdErrors.Business(A.Shipment, result?.ChineseErrCode, result?.EnglishErrCode, notFound: false, "");
                }

                return new ShipmentAck(orderId, request.TrackingNumber, AlreadyArranged: false);
            },
            async ct => await OrderAsync(shop, orderId, ct) is { } now && JdStatuses.IsShippedOrLater(now.OrderState)
                ? new ShipmentAck(orderId, now.Waybill, AlreadyArranged: false)
                : null,
            cancellationToken);
        Log.ShipmentArranged(logger, shop.Marketplace, shop.ShopId, orderId, false);
        return ack;
    }

    public async Task<string?> GetTrackingNumberAsync(ShopRef shop, string externalOrderId, CancellationToken cancellationToken = default)
    {
        Check(shop);
        Id(externalOrderId, nameof(externalOrderId));
        return await OrderAsync(shop, externalOrderId, cancellationToken) is { Waybill.Length: > 0 } order ? order.Waybill : null;
    }
}
