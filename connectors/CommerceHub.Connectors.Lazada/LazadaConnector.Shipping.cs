using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Lazada.Dtos;

namespace CommerceHub.Connectors.Lazada;

public sealed partial class LazadaConnector
{
    private const string ItemOk = "0";

    /// <summary>
    /// Pack (pending/repacked items into one package, dropship) then ready-to-ship. The items' statuses are read first
    /// and again after an unclear failure, so neither call is ever sent twice for the same items.
    /// </summary>
    public async Task<ShipmentAck> ArrangeShipmentAsync(ShopRef shop, ShipmentRequest request, CancellationToken cancellationToken = default)
    {
        Check(shop);
        if (request.Method == ShipmentMethod.SellerCarrier)
        {
            throw LazadaErrors.Client("client.shipment_method", "Lazada dropship orders ship with the carrier Lazada allocates; the seller's own carrier is not supported.");
        }

        var orderId = Id(request.ExternalOrderId, nameof(request));
        var items = await LiveItemsAsync(shop, orderId, cancellationToken);
        var alreadyArranged = items.All(i => !IsPackable(i) && i.Status != LazadaStatuses.Packed);
        if (alreadyArranged && items.All(i => i.Status == LazadaStatuses.Canceled || LazadaStatuses.ToHub(i.Status) is OrderStatus.Unpaid))
        {
            throw LazadaErrors.Client("client.order_status", $"Lazada order {request.ExternalOrderId} has no item that can be shipped ({string.Join(", ", items.Select(i => i.Status).Distinct())}).");
        }

        if (items.Any(IsPackable))
        {
            var toPack = items.Where(IsPackable).Select(i => i.OrderItemId).ToList();
            var body = new PackRequestDto([new PackOrderDto(orderId, toPack)], "dropship", "TFS");
            items = await runner.RunCheckedAsync(
                shop,
                Call(shop, LazadaClient.PackPath, idempotent: false),
                async (token, ct) =>
                {
                    var result = await client.PackAsync(token, body, ct);
                    var refused = (result.Data?.PackOrderList ?? []).SelectMany(o => o.OrderItemList ?? []).Where(i => i.ItemErrCode != ItemOk).ToList();
                    if (refused.Count > 0)
                    {
                        throw LazadaErrors.Client("pack." + refused[0].ItemErrCode, $"Lazada refused to pack order {orderId}: {refused[0].Msg}");
                    }

                    return await LiveItemsAsync(shop, orderId, ct);
                },
                async ct => await LiveItemsAsync(shop, orderId, ct) is var now && now.Any(IsPackable) ? null : now,
                cancellationToken);
        }

        var packages = items.Where(i => i.Status == LazadaStatuses.Packed && !string.IsNullOrEmpty(i.PackageId)).Select(i => i.PackageId!).Distinct(StringComparer.Ordinal).ToList();
        if (packages.Count > 0)
        {
            var body = new RtsRequestDto([.. packages.Select(p => new RtsPackageDto(p))]);
            items = await runner.RunCheckedAsync(
                shop,
                Call(shop, LazadaClient.ReadyToShipPath, idempotent: false),
                async (token, ct) =>
                {
                    var result = await client.ReadyToShipAsync(token, body, ct);
                    if ((result.Data?.Packages ?? []).FirstOrDefault(p => p.ItemErrCode != ItemOk) is { } refused)
                    {
                        throw LazadaErrors.Client("rts." + refused.ItemErrCode, $"Lazada refused ready-to-ship of package {refused.PackageId}: {refused.Msg}");
                    }

                    return await LiveItemsAsync(shop, orderId, ct);
                },
                async ct => await LiveItemsAsync(shop, orderId, ct) is var now && now.Any(i => i.Status == LazadaStatuses.Packed) ? null : now,
                cancellationToken);
        }

        Log.ShipmentArranged(logger, shop.Marketplace, shop.ShopId, request.ExternalOrderId, alreadyArranged);
        return new ShipmentAck(request.ExternalOrderId, Tracking(items), alreadyArranged);
    }

    public async Task<string?> GetTrackingNumberAsync(ShopRef shop, string externalOrderId, CancellationToken cancellationToken = default)
    {
        Check(shop);
        return Tracking(await ItemsAsync(shop, Id(externalOrderId, nameof(externalOrderId)), cancellationToken));
    }

    private static bool IsPackable(OrderItemDto item) => item.Status is LazadaStatuses.Pending or LazadaStatuses.Repacked;

    private async Task<List<OrderItemDto>> LiveItemsAsync(ShopRef shop, long orderId, CancellationToken ct) =>
        [.. (await ItemsAsync(shop, orderId, ct)).Where(i => i.Status != LazadaStatuses.Canceled)];

    private static string? Tracking(IEnumerable<OrderItemDto> items) =>
        items.Select(i => i.TrackingCode).FirstOrDefault(t => !string.IsNullOrEmpty(t));
}
