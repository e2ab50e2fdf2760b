using System.Globalization;
using CommerceHub.Sandbox.Platforms.Lazada.Catalog;

namespace CommerceHub.Sandbox.Platforms.Lazada.Orders;

internal sealed record PackOrder(long? OrderId, IReadOnlyList<long>? OrderItemList);

internal sealed record PackRequest(IReadOnlyList<PackOrder>? PackOrderList, string? DeliveryType, string? ShippingAllocateType, string? ShipmentProviderCode);

internal sealed record RtsPackage(string? PackageId);

internal sealed record RtsRequest(IReadOnlyList<RtsPackage>? Packages);

/// <summary>
/// /order/fulfill/pack (pending or repacked items become packed, in one new package per order) and
/// /order/package/rts (packed items become ready_to_ship). Both take at most 20 entries and report per item:
/// "success": true at the top does not mean every item went through.
/// </summary>
internal static class LazadaFulfillmentEndpoints
{
    private const int MaxEntries = 20;
    private const string StatusNotAllowed = "82";
    private const string NotFound = "16";

    public static void Map(RouteGroupBuilder sellerApi)
    {
        sellerApi.MapPost("/order/fulfill/pack", Pack);
        sellerApi.MapPost("/order/package/rts", ReadyToShip);
    }

    private static IResult Pack(HttpContext http, LazadaOrderBook orders, LazadaCatalog catalog)
    {
        var caller = LazadaCaller.From(http);
        if (string.IsNullOrEmpty(caller["packReq"]))
        {
            return LazadaJson.Error(LazadaErrors.MissingParameter("packReq"));
        }

        var request = LazadaJson.Parse<PackRequest>(caller["packReq"]);
        if (request?.PackOrderList is not { Count: >= 1 and <= MaxEntries } list || request.DeliveryType != "dropship"
            || request.ShippingAllocateType is not ("TFS" or "NTFS"))
        {
            return LazadaJson.Error(LazadaErrors.InvalidParameter("packReq needs 1 to 20 pack_order_list entries, delivery_type dropship and shipping_allocate_type TFS or NTFS"));
        }

        var region = catalog.Known(caller.ShopId).Region;
        var provider = request.ShipmentProviderCode is { Length: > 0 } code ? code : $"LEX {region}";
        var results = new List<object>();
        foreach (var entry in list)
        {
            var wanted = entry.OrderItemList ?? [];
            var package = orders.NewPackageId();
            var tracking = $"LEX{region}{package[2..]}";
            var moved = entry.OrderId is { } orderId
                ? orders.Move(caller.ShopId, orderId, LazadaItemStatus.Packed, wanted, item =>
                {
                    item.PackageId = package;
                    item.TrackingCode = tracking;
                    item.ShipmentProvider = provider;
                }).Select(i => i.OrderItemId).ToHashSet()
                : [];
            var known = entry.OrderId is { } id && orders.Find(caller.ShopId, id) is not null;
            results.Add(new
            {
                entry.OrderId,
                OrderItemList = wanted.Select(itemId => moved.Contains(itemId)
                    ? Item(itemId, "0", "success", tracking, provider, package)
                    : Item(itemId, known ? StatusNotAllowed : NotFound, known ? "order item not found or not in pending/repacked status" : "order not found", "", "", "")),
            });
        }

        return LazadaJson.Result(new { Success = true, Data = new { PackOrderList = results } });
    }

    private static IResult ReadyToShip(HttpContext http, LazadaOrderBook orders, LazadaCatalog catalog)
    {
        var caller = LazadaCaller.From(http);
        var request = LazadaJson.Parse<RtsRequest>(caller["readyToShipReq"]);
        if (request?.Packages is not { Count: >= 1 and <= MaxEntries } packages)
        {
            return LazadaJson.Error(LazadaErrors.InvalidParameter("readyToShipReq needs 1 to 20 packages"));
        }

        var book = catalog.Known(caller.ShopId);
        var results = new List<object>();
        foreach (var package in packages)
        {
            var holders = book.Orders.Values
                .Select(o => { lock (o.Gate) { return (o.OrderId, Items: o.Items.Where(i => i.PackageId == package.PackageId).Select(i => i.OrderItemId).ToList()); } })
                .Where(o => o.Items.Count > 0 && !string.IsNullOrEmpty(package.PackageId))
                .ToList();
            var ok = holders.Count > 0 && holders.All(h => orders.Move(caller.ShopId, h.OrderId, LazadaItemStatus.ReadyToShip, h.Items).Count == h.Items.Count);
            results.Add(new
            {
                package.PackageId,
                ItemErrCode = ok ? "0" : holders.Count == 0 ? NotFound : StatusNotAllowed,
                Msg = ok ? "success" : holders.Count == 0 ? "package not found" : "only packed items can be set ready to ship",
                Retry = false,
            });
        }

        return LazadaJson.Result(new { Success = true, Data = new { Packages = results } });
    }

    private static object Item(long itemId, string code, string message, string tracking, string provider, string package) => new
    {
        OrderItemId = itemId.ToString(CultureInfo.InvariantCulture),
        Msg = message,
        ItemErrCode = code,
        TrackingNumber = tracking,
        ShipmentProvider = provider,
        PackageId = package,
        Retry = false,
    };
}
