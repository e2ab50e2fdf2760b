using CommerceHub.Connectors.Abstractions;
using A = CommerceHub.Connectors.Taobao.TaobaoConnectorAssumptions;

namespace CommerceHub.Connectors.Taobao;

public sealed partial class TaobaoConnector
{
    /// <summary>
    /// taobao.logistics.offline.send: the seller ships with its own carrier (<see cref="TaobaoOptions.LogisticsCompanyCode"/>)
    /// and hands over the waybill. The trade's status is read first and again after an unclear failure, so the send is
    /// never repeated for a trade already sent.
    /// </summary>
    public async Task<ShipmentAck> ArrangeShipmentAsync(ShopRef shop, ShipmentRequest request, CancellationToken cancellationToken = default)
    {
        Check(shop);
        if (request.Method != ShipmentMethod.SellerCarrier || string.IsNullOrWhiteSpace(request.TrackingNumber))
        {
            throw TaobaoErrors.Client("client.shipment_method", "Taobao offline shipping needs the seller's carrier and its tracking number (ShipmentMethod.SellerCarrier).");
        }

        var tid = request.ExternalOrderId;
        Id(tid, nameof(request));
        var trade = await TradeAsync(shop, tid, cancellationToken)
            ?? throw new MarketplaceNotFoundException(new MarketplaceError(Marketplace.Taobao, null, "isv.trade-not-exist", null, null), $"Taobao trade {tid} not found.");
        if (TaobaoStatuses.IsShippedOrLater(trade.Status))
        {
            Log.ShipmentArranged(logger, shop.Marketplace, shop.ShopId, tid, true);
            return new ShipmentAck(tid, await TrackingAsync(shop, tid, cancellationToken), AlreadyArranged: true);
        }

        if (trade.Status != TaobaoStatuses.WaitSellerSend)
        {
            throw TaobaoErrors.Client("client.order_status", $"Taobao trade {tid} is {trade.Status}; only {TaobaoStatuses.WaitSellerSend} can be shipped.");
        }

        var ack = await runner.RunCheckedAsync(
            shop,
            Call(shop, A.OfflineSend, idempotent: false),
            async (token, ct) =>
            {
                await client.OfflineSendAsync(token, tid, request.TrackingNumber, ct);
                return new ShipmentAck(tid, request.TrackingNumber, AlreadyArranged: false);
            },
            async ct => await TradeAsync(shop, tid, ct) is { } now && TaobaoStatuses.IsShippedOrLater(now.Status)
                ? new ShipmentAck(tid, await TrackingAsync(shop, tid, ct), AlreadyArranged: false)
                : null,
            cancellationToken);
        Log.ShipmentArranged(logger, shop.Marketplace, shop.ShopId, tid, false);
        return ack;
    }

    public async Task<string?> GetTrackingNumberAsync(ShopRef shop, string externalOrderId, CancellationToken cancellationToken = default)
    {
        Check(shop);
        Id(externalOrderId, nameof(externalOrderId));
        return await TrackingAsync(shop, externalOrderId, cancellationToken);
    }

    private async Task<string?> TrackingAsync(ShopRef shop, string tid, CancellationToken ct)
    {
        var shippings = await RunAsync(shop, A.LogisticsOrders, idempotent: true, (token, c) => client.GetShippingsAsync(token, tid, c), ct);
        return (shippings.Shippings?.Shipping ?? []).Select(s => s.OutSid).FirstOrDefault(s => !string.IsNullOrEmpty(s));
    }
}
