using System.Runtime.CompilerServices;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.Inventory.Journal;
using CommerceHub.Inventory.Ledger;
using CommerceHub.Inventory.Rebuild;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Stock.Journal;

/// <summary>Reads each merchant's journaled balances and open reservations to rebuild Redis; one merchant at a time.</summary>
public sealed class EfLedgerSnapshotSource(HubDbContext db) : ILedgerSnapshotSource
{
    public async IAsyncEnumerable<LedgerSnapshot> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var cursors = await db.Set<LedgerCursor>().IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken);
        foreach (var cursor in cursors)
        {
            var m = cursor.MerchantId;
            var balances = await db.Set<StockBalance>().IgnoreQueryFilters().AsNoTracking()
                .Where(b => b.MerchantId == m)
                .Select(b => new LedgerBalance(b.Sku, b.Warehouse, b.OnHand, b.Reserved))
                .ToListAsync(cancellationToken);
            var open = await db.Set<StockReservationRow>().IgnoreQueryFilters().AsNoTracking().Include(r => r.Lines)
                .Where(r => r.MerchantId == m && r.State == ReservationState.Open)
                .ToListAsync(cancellationToken);
            yield return new LedgerSnapshot(m, cursor.LastSequence, balances,
                [.. open.Select(r => new OpenReservation(r.ReservationId, r.Purpose, r.Channel, r.ExpiresAt,
                    [.. r.Lines.Select(l => new OpenReservationLine(l.Sku, l.Warehouse, l.Reserved, l.Remaining))]))]);
        }
    }
}
