using System.Data;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.Inventory.Journal;
using CommerceHub.Inventory.Ledger;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Stock.Journal;

/// <summary>
/// The durable ledger. A batch is applied in one transaction together with each merchant's cursor, so a movement is
/// applied exactly once however often the drainer replays it. Runs outside any request, for every merchant, so it
/// reads past the tenant filter.
/// </summary>
public sealed class EfLedgerJournal(HubDbContext db) : ILedgerJournal
{
    public async Task AppendAsync(IReadOnlyList<LedgerMovement> movements, CancellationToken cancellationToken)
    {
        var merchants = movements.Select(m => m.MerchantId).Distinct().ToList();
        var cursors = await db.Set<LedgerCursor>().IgnoreQueryFilters()
            .Where(c => merchants.Contains(c.MerchantId)).ToDictionaryAsync(c => c.MerchantId, cancellationToken);
        var fresh = movements.Where(m => !cursors.TryGetValue(m.MerchantId, out var c) || m.Sequence > c.LastSequence).ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        var state = await JournalState.LoadAsync(db, fresh, cancellationToken);
        foreach (var movement in fresh)
        {
            if (!cursors.TryGetValue(movement.MerchantId, out var cursor))
            {
                cursors[movement.MerchantId] = cursor = new LedgerCursor { MerchantId = movement.MerchantId };
                db.Add(cursor);
            }

            cursor.LastSequence = movement.Sequence;
            var line = 0;
            foreach (var l in movement.Lines)
            {
                db.Add(new StockMovementRow
                {
                    MerchantId = movement.MerchantId, Sequence = movement.Sequence, Line = line++, Kind = movement.Kind.ToString(),
                    Reference = movement.Reference, At = movement.At, Sku = l.Sku, Warehouse = l.Warehouse,
                    OnHandDelta = l.OnHandDelta, ReservedDelta = l.ReservedDelta,
                });
                var balance = state.Balance(movement.MerchantId, l.Sku, l.Warehouse);
                balance.OnHand += l.OnHandDelta;
                balance.Reserved += l.ReservedDelta;
            }

            state.ApplyToReservation(movement);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    public async Task<IReadOnlyList<LedgerBalance>?> GetBalancesAtAsync(Guid merchantId, long sequence, CancellationToken cancellationToken)
    {
        // One snapshot for the cursor, the balances and the later movements, so a concurrent drain cannot skew them.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var last = await db.Set<LedgerCursor>().IgnoreQueryFilters().Where(c => c.MerchantId == merchantId)
            .Select(c => (long?)c.LastSequence).SingleOrDefaultAsync(cancellationToken) ?? 0;
        if (last < sequence)
        {
            return null;
        }

        var balances = await db.Set<StockBalance>().IgnoreQueryFilters().AsNoTracking()
            .Where(b => b.MerchantId == merchantId).ToListAsync(cancellationToken);
        var later = await db.Set<StockMovementRow>().IgnoreQueryFilters()
            .Where(m => m.MerchantId == merchantId && m.Sequence > sequence)
            .GroupBy(m => new { m.Sku, m.Warehouse })
            .Select(g => new { g.Key.Sku, g.Key.Warehouse, OnHand = g.Sum(m => m.OnHandDelta), Reserved = g.Sum(m => m.ReservedDelta) })
            .ToDictionaryAsync(g => (g.Sku, g.Warehouse), cancellationToken);
        return [.. balances.Select(b => later.TryGetValue((b.Sku, b.Warehouse), out var d)
            ? new LedgerBalance(b.Sku, b.Warehouse, b.OnHand - d.OnHand, b.Reserved - d.Reserved)
            : new LedgerBalance(b.Sku, b.Warehouse, b.OnHand, b.Reserved))];
    }
}
