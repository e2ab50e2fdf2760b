using System.Text.Json;
using CommerceHub.Sandbox.Platforms.TikTok.Catalog;

namespace CommerceHub.Sandbox.Platforms.TikTok.Orders;

internal sealed record SelfShipment(string? TrackingNumber, string? ShippingProviderId);

internal sealed record ShipPackageRequest(string? HandoverMethod, JsonElement? PickupSlot, SelfShipment? SelfShipment);

/// <summary>Ship Package (AWAITING_SHIPMENT → AWAITING_COLLECTION) and Get Tracking (the order's status history, newest first).</summary>
internal static class TikTokFulfillmentEndpoints
{
    public static void Map(RouteGroupBuilder shopApi)
    {
        shopApi.MapPost("/fulfillment/202309/packages/{packageId}/ship", Ship);
        shopApi.MapGet("/fulfillment/202309/orders/{orderId}/tracking", Tracking);
    }

    private static IResult Ship(HttpContext http, string packageId, TikTokCatalog catalog, TikTokOrderBook orders)
    {
        var caller = TikTokCaller.From(http);
        var body = TikTokJson.Parse<ShipPackageRequest>(caller.Body);
        if (body is null || (body.HandoverMethod is not ("PICKUP" or "DROP_OFF") && body.SelfShipment?.TrackingNumber is null))
        {
            return TikTokJson.Error(TikTokErrors.InvalidParameter("handover_method PICKUP or DROP_OFF, or self_shipment with a tracking_number, is required"));
        }

        var order = catalog.Known(caller.ShopId).Orders.Values.FirstOrDefault(o => o.PackageId == packageId);
        if (order is null)
        {
            return TikTokJson.Error(TikTokErrors.PackageNotFound);
        }

        return orders.Move(caller.ShopId, order.Id, TikTokOrderStatus.AwaitingCollection, body.SelfShipment?.TrackingNumber)
            ? TikTokJson.Ok()
            : TikTokJson.Error(TikTokErrors.StatusNotAllowed);
    }

    private static IResult Tracking(HttpContext http, string orderId, TikTokOrderBook orders)
    {
        var caller = TikTokCaller.From(http);
        if (orders.Find(caller.ShopId, orderId) is not { } order)
        {
            return TikTokJson.Error(TikTokErrors.OrderNotFound);
        }

        lock (order.Gate)
        {
            return TikTokJson.Ok(new
            {
                Tracking = order.History.AsEnumerable().Reverse().Select(h => new { Description = Describe(h.Status), UpdateTimeMillis = h.Time * 1000 }),
            });
        }
    }

    private static string Describe(string status) => status switch
    {
        TikTokOrderStatus.AwaitingCollection => "Package is ready and waiting for the carrier",
        TikTokOrderStatus.InTransit => "Package picked up by the carrier",
        TikTokOrderStatus.Delivered => "Package delivered",
        _ => $"Order status: {status}",
    };
}
