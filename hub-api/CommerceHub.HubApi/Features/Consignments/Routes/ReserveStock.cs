using CommerceHub.HubApi.Features.Orders;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.Inventory.Ledger;
using CommerceHub.Workflows.Activities;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Consignments.Routes;

/// <summary>
/// Holds the goods in the ledger: a consignment made from an order keeps the order's reservation; one given with
/// explicit lines reserves them in its warehouse. Undone by releasing the reservation (the stock goes back to the pool).
/// </summary>
public sealed class ReserveStock(StockLedger ledger, HubDbContext db) : CompensableActivity<RouteInput, NoOutput>
{
    protected override async ValueTask<ActivityResult> ExecuteAsync(RouteInput input, ActivityContext context, CancellationToken ct)
    {
        var consignment = await RouteSteps.LoadAsync(context, input.ConsignmentId, ct);
        if (consignment.OrderId is not null)
        {
            RouteSteps.Note(context, consignment, "step", "Goods held by the order's stock reservation.");
            return Done(NoOutput.Value);
        }

        var lines = consignment.Lines.GroupBy(l => l.Sku, StringComparer.Ordinal)
            .Select(g => new ReservationLine(g.Key, g.Sum(l => (long)l.Quantity), [consignment.WarehouseCode])).ToList();
        var result = await ledger.ReserveAsync(new ReservationRequest(consignment.MerchantId, ReservationId(consignment), lines), ct);
        if (!result.Success)
        {
            throw new InvalidOperationException("Stock could not be reserved in " + consignment.WarehouseCode + ": " + string.Join("; ",
                result.Refusals.Select(r => $"{r.Sku} {r.Reason} (available {r.Available})")) + ". Receive the goods, then retry.");
        }

        RouteSteps.Note(context, consignment, "step", $"Stock reserved in {consignment.WarehouseCode}: {string.Join(", ", lines.Select(l => $"{l.Quantity} × {l.Sku}"))}.");
        return Done(NoOutput.Value);
    }

    protected override async ValueTask CompensateAsync(RouteInput input, ActivityContext context, CancellationToken ct)
    {
        var consignment = await RouteSteps.LoadAsync(context, input.ConsignmentId, ct);
        var reservationId = ReservationId(consignment);
        if (consignment.OrderId is { } orderId
            && await db.Set<Order>().IgnoreQueryFilters().FirstOrDefaultAsync(o => o.Id == orderId, ct) is { } order)
        {
            reservationId = order.ReservationId;
            if (order.StockState == OrderStockState.Reserved)
            {
                order.StockState = OrderStockState.Released;
                order.StockNote = $"Released: consignment {consignment.CopNo} ended {consignment.Stage}.";
            }
        }

        await ledger.ReleaseAsync(consignment.MerchantId, reservationId, idempotencyKey: reservationId + ":consignment-release", cancellationToken: ct);
        RouteSteps.Note(context, consignment, "compensation", "Stock released back to the pool.");
    }

    public static string ReservationId(Consignment consignment) => $"csg:{consignment.Id:N}";
}
