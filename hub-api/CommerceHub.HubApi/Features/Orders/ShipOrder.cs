using CommerceHub.Connectors.Abstractions;
using CommerceHub.HubApi.Features.Shops;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Orders;

/// <summary>
/// Arranges an order's shipment on its platform. The connector checks the order's state before and after an unclear
/// failure and never sends twice; the hub then reads the order back, so status, tracking number and stock (committed)
/// follow the platform. A platform refusal is kept on the order as its last error.
/// </summary>
public static class ShipOrder
{
    public sealed record ShipInput(string? Method, string? TrackingNumber);

    public static async Task<Results<Ok<OrderEndpoints.OrderView>, ProblemHttpResult>> Handle(Guid id, ShipInput input, HubDbContext db,
        IServiceProvider services, OrderImporter importer, CancellationToken ct)
    {
        var method = default(ShipmentMethod);
        new Validation()
            .Check(Enum.TryParse(input.Method, ignoreCase: true, out method) && Enum.IsDefined(method) && !int.TryParse(input.Method, out _), "method",
                $"must be one of {string.Join(", ", Enum.GetNames<ShipmentMethod>())}.")
            .Check(method != ShipmentMethod.SellerCarrier || !string.IsNullOrWhiteSpace(input.TrackingNumber), "trackingNumber",
                "is required when the seller ships with its own carrier.")
            .Check(input.TrackingNumber is null or { Length: <= 64 }, "trackingNumber", "must be at most 64 characters.")
            .ThrowIfInvalid();

        var order = await db.Set<Order>().SingleOrDefaultAsync(o => o.Id == id, ct) ?? throw new NotFoundException($"Order {id} does not exist.");
        if (order.Status is not (OrderLifecycle.ToShip or OrderLifecycle.Arranged))
        {
            throw new ConflictException($"Order {order.PlatformOrderId} is {order.Status}; only paid orders waiting for shipment can be shipped.");
        }

        var shopRef = new ShopRef(order.Marketplace, order.ShopId);
        if (services.GetKeyedService<IShipmentSink>(order.Marketplace) is not { } sink)
        {
            throw new ConflictException($"The hub cannot arrange {order.Marketplace} shipments; arrange it in the platform's seller center.");
        }

        ShipmentAck ack;
        try
        {
            ack = await sink.ArrangeShipmentAsync(shopRef, new ShipmentRequest(order.PlatformOrderId, method, input.TrackingNumber?.Trim()), ct);
        }
        catch (MarketplaceException e) when (e is not MarketplaceAuthException { Failure: AuthFailure.Credentials })
        {
            order.LastError = Truncate($"Shipment refused by {order.Marketplace}: {e.Message}");
            await db.SaveChangesAsync(ct);
            var status = e is MarketplaceUnavailableException or MarketplaceRateLimitedException ? 503 : 409;
            return TypedResults.Problem(statusCode: status, title: "The platform refused the shipment", detail: order.LastError,
                extensions: new Dictionary<string, object?> { ["platformCode"] = e.PlatformCode });
        }

        order.TrackingNumber = ack.TrackingNumber ?? input.TrackingNumber?.Trim() ?? order.TrackingNumber;
        order.LastError = null;
        await db.SaveChangesAsync(ct);

        var shop = await db.Set<ShopConnection>().AsNoTracking().SingleAsync(s => s.Marketplace == order.Marketplace && s.ShopId == order.ShopId, ct);
        if (await services.GetRequiredKeyedService<IOrderSource>(order.Marketplace).GetOrderAsync(shopRef, order.PlatformOrderId, ct) is { } current)
        {
            await importer.ImportAsync(shop, current, ct);
        }

        db.ChangeTracker.Clear();
        return TypedResults.Ok(OrderEndpoints.View(await db.Set<Order>().AsNoTracking().SingleAsync(o => o.Id == id, ct)));
    }

    private static string Truncate(string text) => text.Length > 1000 ? text[..1000] : text;
}
