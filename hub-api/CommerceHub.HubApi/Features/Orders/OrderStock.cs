using CommerceHub.HubApi.Contracts.Orders;
using CommerceHub.HubApi.Features.Campaigns;
using CommerceHub.HubApi.Features.LiveSessions;
using CommerceHub.Inventory.Ledger;

namespace CommerceHub.HubApi.Features.Orders;

/// <summary>
/// Moves an order's stock along with its status: reserve when paid, commit when shipment is arranged, release when
/// cancelled or returned. Every ledger call is keyed by the order's reservation id, so repeating a step (a retried
/// job, a second node) changes nothing and raises no second event.
/// </summary>
public sealed class OrderStock(StockLedger ledger, IFlashSaleStock flashSales, ICampaignStock campaigns, TimeProvider clock)
{
    /// <summary>Brings the stock state in line with the status; returns the events of what actually changed.</summary>
    public async Task<IReadOnlyList<OrderEvent>> SettleAsync(Order order, CancellationToken ct)
    {
        var events = new List<OrderEvent>();
        if (order.StockState == OrderStockState.None && order.Status.HoldsStock())
        {
            await ReserveAsync(order, events, ct);
        }

        if (order.StockState == OrderStockState.Reserved && order.Status.HasLeftStock())
        {
            var result = await ledger.CommitAsync(order.MerchantId, order.ReservationId, idempotencyKey: order.ReservationId + ":commit", cancellationToken: ct);
            order.StockState = OrderStockState.Committed;
            if (result is { Applied: true, Replayed: false })
            {
                events.Add(OrderEvents.For(order, OrderEventKind.Shipped, clock.GetUtcNow()));
            }
        }

        if (order.StockState == OrderStockState.Reserved && order.Status.GivesStockBack())
        {
            var result = await ledger.ReleaseAsync(order.MerchantId, order.ReservationId, idempotencyKey: order.ReservationId + ":release", cancellationToken: ct);
            order.StockState = OrderStockState.Released;
            if (result is { Applied: true, Replayed: false })
            {
                events.Add(OrderEvents.For(order, OrderEventKind.Released, clock.GetUtcNow()));
            }
        }

        return events;
    }

    private async Task ReserveAsync(Order order, List<OrderEvent> events, CancellationToken ct)
    {
        var wanted = order.Lines.GroupBy(l => l.Sku, StringComparer.Ordinal)
            .Select(g => (Sku: g.Key, Quantity: (long)g.Sum(l => l.Quantity))).ToList();
        var invalid = wanted.Where(w => !InventoryInput.IsCode(w.Sku) || w.Quantity < 1).Select(w => w.Sku).ToList();
        if (wanted.Count == 0 || invalid.Count > 0)
        {
            Refuse(order, events, wanted.Count == 0
                ? "The platform sent the order without lines; nothing could be reserved."
                : $"The order names SKUs the hub does not know: {string.Join(", ", invalid.Select(s => $"'{s}'"))}. Map the listing to a merchant SKU.");
            return;
        }

        // A single-SKU order on a channel of a running live session takes its units from the flash sale, if one applies.
        if (wanted.Count == 1 && await flashSales.TryClaimAsync(order.MerchantId, order.Channel, wanted[0].Sku, (int)wanted[0].Quantity,
                order.PoolReservationId, ct) is { } claimed)
        {
            order.FlashSaleReservationId = claimed;
            order.StockState = OrderStockState.Reserved;
            order.StockNote = "Taken from the live flash sale.";
            events.Add(OrderEvents.For(order, OrderEventKind.Imported, clock.GetUtcNow()));
            return;
        }

        // Likewise an order on a shop whose platform campaign locks the SKU takes the locked units, not the pool's.
        if (wanted.Count == 1 && await campaigns.TryClaimAsync(order.MerchantId, order.Channel, wanted[0].Sku, wanted[0].Quantity,
                order.PoolReservationId, ct) is { } locked)
        {
            order.FlashSaleReservationId = locked;
            order.StockState = OrderStockState.Reserved;
            order.StockNote = "Taken from the stock locked by the platform's campaign.";
            events.Add(OrderEvents.For(order, OrderEventKind.Imported, clock.GetUtcNow()));
            return;
        }

        var stock = await ledger.GetAsync(order.MerchantId, [.. wanted.Select(w => w.Sku)], ct);
        var lines = wanted.Select((w, i) => new ReservationLine(w.Sku, w.Quantity,
            stock[i].Warehouses.Count > 0 ? [.. stock[i].Warehouses.Select(h => h.Warehouse)] : ["NONE"])).ToList();
        var result = await ledger.ReserveAsync(new ReservationRequest(order.MerchantId, order.ReservationId, lines) { Channel = order.Channel }, ct);
        if (!result.Success)
        {
            Refuse(order, events, string.Join(" ", result.Refusals.Select(r => r.Reason == RefusalReason.UnknownSkuOrWarehouse
                ? $"{r.Sku}: no stock is recorded in any warehouse."
                : $"{r.Sku}: {lines[r.LineIndex].Quantity} ordered, at most {r.Available} available in one warehouse (sold elsewhere first).")));
            return;
        }

        order.StockState = OrderStockState.Reserved;
        order.StockNote = null;
        if (!result.Replayed)
        {
            events.Add(OrderEvents.For(order, OrderEventKind.Imported, clock.GetUtcNow()));
        }
    }

    private void Refuse(Order order, List<OrderEvent> events, string reason)
    {
        order.StockState = OrderStockState.Refused;
        order.StockNote = reason.Length > 1000 ? reason[..1000] : reason;
        events.Add(OrderEvents.For(order, OrderEventKind.ReservationRefused, clock.GetUtcNow()));
    }
}
