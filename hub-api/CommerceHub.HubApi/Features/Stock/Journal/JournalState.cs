using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.Inventory.Journal;
using CommerceHub.Inventory.Ledger;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Stock.Journal;

/// <summary>The balances and reservations one journal batch touches, loaded in two queries and tracked for update.</summary>
internal sealed class JournalState
{
    private readonly HubDbContext _db;
    private readonly Dictionary<(Guid, string, string), StockBalance> _balances;
    private readonly Dictionary<(Guid, string), StockReservationRow> _reservations;

    private JournalState(HubDbContext db, Dictionary<(Guid, string, string), StockBalance> balances,
        Dictionary<(Guid, string), StockReservationRow> reservations)
    {
        _db = db;
        _balances = balances;
        _reservations = reservations;
    }

    public static async Task<JournalState> LoadAsync(HubDbContext db, IReadOnlyList<LedgerMovement> movements, CancellationToken ct)
    {
        var merchants = movements.Select(m => m.MerchantId).Distinct().ToList();
        var skus = movements.SelectMany(m => m.Lines).Select(l => l.Sku).Distinct().ToList();
        var ids = movements.Where(m => m.Kind is not (MovementKind.Receive or MovementKind.Adjust)).Select(m => m.Reference).Distinct().ToList();
        var balances = await db.Set<StockBalance>().IgnoreQueryFilters()
            .Where(b => merchants.Contains(b.MerchantId) && skus.Contains(b.Sku)).ToListAsync(ct);
        var reservations = await db.Set<StockReservationRow>().IgnoreQueryFilters().Include(r => r.Lines)
            .Where(r => merchants.Contains(r.MerchantId) && ids.Contains(r.ReservationId)).ToListAsync(ct);
        return new JournalState(db,
            balances.ToDictionary(b => (b.MerchantId, b.Sku, b.Warehouse)),
            reservations.ToDictionary(r => (r.MerchantId, r.ReservationId)));
    }

    public StockBalance Balance(Guid merchantId, string sku, string warehouse)
    {
        if (!_balances.TryGetValue((merchantId, sku, warehouse), out var balance))
        {
            _balances[(merchantId, sku, warehouse)] = balance = new StockBalance { MerchantId = merchantId, Sku = sku, Warehouse = warehouse };
            _db.Add(balance);
        }

        return balance;
    }

    public void ApplyToReservation(LedgerMovement movement)
    {
        var key = (movement.MerchantId, movement.Reference);
        if (movement.Kind == MovementKind.Reserve)
        {
            var lines = movement.Lines.GroupBy(l => (l.Sku, l.Warehouse)).Select(g => (g.Key.Sku, g.Key.Warehouse, Quantity: g.Sum(l => l.ReservedDelta)));
            if (!_reservations.TryGetValue(key, out var row))
            {
                row = new StockReservationRow { MerchantId = movement.MerchantId, ReservationId = movement.Reference };
                _reservations[key] = row;
                _db.Add(row);
            }

            // A reused id (after the old reservation's retention in Redis ran out) starts over in the same row.
            (row.Purpose, row.Channel, row.ExpiresAt, row.State) = (movement.Purpose ?? ReservationPurpose.Order, movement.Channel, movement.ExpiresAt, ReservationState.Open);
            (row.CreatedAt, row.UpdatedAt) = (movement.At, movement.At);
            row.Lines.RemoveAll(x => !lines.Any(l => l.Sku == x.Sku && l.Warehouse == x.Warehouse));
            foreach (var (sku, warehouse, quantity) in lines)
            {
                var line = row.Lines.FirstOrDefault(x => x.Sku == sku && x.Warehouse == warehouse);
                if (line is null)
                {
                    row.Lines.Add(line = new StockReservationLineRow { MerchantId = movement.MerchantId, ReservationId = movement.Reference, Sku = sku, Warehouse = warehouse });
                }

                (line.Reserved, line.Remaining) = (quantity, quantity);
            }

            return;
        }

        if (movement.Kind is MovementKind.Receive or MovementKind.Adjust || !_reservations.TryGetValue(key, out var reservation))
        {
            return;
        }

        foreach (var l in movement.Lines)
        {
            var line = reservation.Lines.FirstOrDefault(x => x.Sku == l.Sku && x.Warehouse == l.Warehouse);
            line?.Remaining += l.ReservedDelta;
        }

        reservation.UpdatedAt = movement.At;
        if (reservation.Lines.All(x => x.Remaining <= 0))
        {
            reservation.State = movement.Kind switch
            {
                MovementKind.Commit => ReservationState.Committed,
                MovementKind.Release => ReservationState.Released,
                _ => ReservationState.Expired,
            };
        }
    }
}
