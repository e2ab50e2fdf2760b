using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.HubApi.Contracts.Orders;
using CommerceHub.HubApi.Contracts.Stock;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using CommerceHub.Inventory.Allocation;
using CommerceHub.Inventory.Ledger;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.LiveSessions;

/// <summary>Turns order and stock events into ticker entries, counters, stock updates and alerts of the running sessions.</summary>
public sealed class LiveEventForwarder(HubDbContext db, CurrentUser user, LiveIndex index, LiveCounterStore counters,
    LiveStateReader reader, LiveNotifier notify, StockLedger ledger, ChannelQuantities quantities)
{
    public async Task OrdersAsync(IReadOnlyList<OrderEvent> events, CancellationToken ct)
    {
        foreach (var e in events.Where(e => e.Kind is OrderEventKind.Imported or OrderEventKind.ReservationRefused))
        {
            user.ActAs(e.MerchantId, "live-sessions");
            foreach (var session in await index.ListAsync(e.MerchantId))
            {
                var lines = e.Lines.Where(l => session.Skus.Contains(l.Sku)).ToList();
                if (!session.Channels.Contains(e.Channel) || lines.Count == 0)
                {
                    continue;
                }

                var row = Row(session.SessionId, e, lines);
                if (!await RecordAsync(row, ct))
                {
                    continue;
                }

                await counters.RecordAsync(row);
                await notify.OrderAsync(LiveStateReader.Tick(row));
                await notify.CountersAsync(await reader.CountersAsync(e.MerchantId, session.SessionId, session.Skus, ct));
                if (row.Refused)
                {
                    await notify.AlertAsync(new LiveAlert(session.SessionId, LiveAlertKind.ReservationRefused, lines[0].Sku, e.Channel,
                        $"Order {e.PlatformOrderId} on {e.Channel} could not reserve its stock", e.At));
                }
            }
        }
    }

    public async Task StockAsync(IReadOnlyList<StockEvent> events, CancellationToken ct)
    {
        foreach (var merchant in events.GroupBy(e => e.MerchantId))
        {
            var sessions = await index.ListAsync(merchant.Key);
            foreach (var session in sessions)
            {
                var mine = merchant.Where(e => session.Skus.Contains(e.Sku)).ToList();
                // Several warehouses' events of one SKU in one message: the last carries the SKU's final totals.
                foreach (var e in mine.Where(e => e.Kind is not (StockEventKind.Low or StockEventKind.SoldOut)).GroupBy(e => e.Sku).Select(g => g.Last()))
                {
                    await notify.StockAsync(new LiveStock(session.SessionId, e.Sku, e.TotalOnHand, e.TotalReserved, e.TotalAvailable,
                        await SaleRemainingAsync(merchant.Key, session, e.Sku, ct), e.At));
                }

                foreach (var e in mine.Where(e => e.Kind is StockEventKind.Low or StockEventKind.SoldOut))
                {
                    // The pool runs dry when a flash sale takes its units: the product is not sold out while the sale
                    // still holds some (the sale announces its own end of stock, FlashSaleStock). Read from the ledger's
                    // hold, written with the movement itself, not from the index, which learns of the sale after it.
                    if (await quantities.BucketAsync(merchant.Key, e.Sku, FlashSaleCommands.HoldingChannel(session.SessionId)) > 0)
                    {
                        continue;
                    }

                    var kind = e.Kind == StockEventKind.Low ? LiveAlertKind.LowStock : LiveAlertKind.SoldOut;
                    await notify.AlertAsync(new LiveAlert(session.SessionId, kind, e.Sku, null,
                        $"{e.Sku}: {e.TotalAvailable} available over all channels", e.At));
                }
            }
        }
    }

    private async Task<long?> SaleRemainingAsync(Guid merchantId, ActiveSession session, string sku, CancellationToken ct)
    {
        if (session.Sale is not { } sale || !sale.Skus.Contains(sku))
        {
            return null;
        }

        var view = await ledger.GetReservationAsync(merchantId, sale.ReservationId, ct);
        return view is { State: ReservationState.Open } ? view.Lines.Where(l => l.Sku == sku).Sum(l => l.Remaining) : 0;
    }

    /// <summary>False when the order was already counted for the session (a repeated event).</summary>
    private async Task<bool> RecordAsync(LiveSessionOrder row, CancellationToken ct)
    {
        if (await db.Set<LiveSessionOrder>().AnyAsync(o => o.SessionId == row.SessionId && o.OrderId == row.OrderId && o.Refused == row.Refused, ct))
        {
            return false;
        }

        db.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // The unique index caught the same order counted at the same moment.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private static LiveSessionOrder Row(Guid sessionId, OrderEvent e, List<OrderEventLine> lines)
    {
        var amount = lines.Sum(l => l.Quantity * l.UnitPrice);
        return new LiveSessionOrder
        {
            MerchantId = e.MerchantId, SessionId = sessionId, OrderId = e.OrderId, Refused = e.Kind == OrderEventKind.ReservationRefused,
            Channel = e.Channel, Marketplace = e.Marketplace, PlatformOrderId = e.PlatformOrderId, Currency = e.Currency,
            Total = e.Total, TotalCny = e.TotalCny, Amount = amount,
            // The order carries one CNY total at the day's rate; the lineup lines get their share of it.
            AmountCny = e.Total > 0 ? decimal.Round(e.TotalCny * amount / e.Total, 2) : 0,
            Lines = [.. lines.Select(l => new LiveOrderLine(l.Sku, l.Quantity, l.UnitPrice))],
            At = e.At,
        };
    }
}
