using CommerceHub.Inventory.Journal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CommerceHub.Inventory.Reconciliation;

/// <summary>
/// Compares a merchant's Redis balances with the journal's balances at the same sequence number. Redis is read in one
/// HGETALL, which is atomic with respect to the scripts, so its sequence and balances belong together.
/// </summary>
public sealed class LedgerReconciler(
    IConnectionMultiplexer redis,
    OutboxDrainer drainer,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<LedgerReconciler> logger)
{
    private readonly IDatabase _db = redis.GetDatabase();

    public async Task<ReconciliationReport> ReconcileAsync(Guid merchantId, CancellationToken cancellationToken = default)
    {
        var redisView = RedisBalances.Parse(await _db.HashGetAllAsync(RedisKeys.Stock(merchantId)));
        var ledger = await LedgerAtAsync(merchantId, redisView.Sequence, cancellationToken);
        if (ledger is null)
        {
            return new ReconciliationReport(merchantId, redisView.Sequence, time.GetUtcNow(), ReconciliationStatus.JournalBehind, 0, []);
        }

        var journal = ledger.ToDictionary(b => (b.Sku, b.Warehouse));
        var drifts = new List<BalanceDrift>();
        foreach (var key in redisView.Balances.Keys.Union(journal.Keys).Order())
        {
            var (on, res) = redisView.Balances.GetValueOrDefault(key);
            var j = journal.GetValueOrDefault(key);
            if (on != (j?.OnHand ?? 0) || res != (j?.Reserved ?? 0))
            {
                drifts.Add(new BalanceDrift(key.Sku, key.Warehouse, on, res, j?.OnHand ?? 0, j?.Reserved ?? 0));
            }
        }

        // The per-SKU totals the scripts keep must equal the sum of their warehouses.
        foreach (var (sku, total) in redisView.Totals)
        {
            var sum = redisView.Balances.Where(b => b.Key.Sku == sku)
                .Aggregate((On: 0L, Res: 0L), (acc, b) => (acc.On + b.Value.OnHand, acc.Res + b.Value.Reserved));
            if (sum != total)
            {
                drifts.Add(new BalanceDrift(sku, "*", total.OnHand, total.Reserved, sum.On, sum.Res));
            }
        }

        if (drifts.Count > 0)
        {
            Log.DriftFound(logger, merchantId, redisView.Sequence, drifts.Count);
        }

        return new ReconciliationReport(merchantId, redisView.Sequence, time.GetUtcNow(),
            drifts.Count == 0 ? ReconciliationStatus.Clean : ReconciliationStatus.Drift, redisView.Balances.Count, drifts);
    }

    private async Task<IReadOnlyList<LedgerBalance>?> LedgerAtAsync(Guid merchantId, long sequence, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await drainer.DrainOnceAsync(ct);
            await using var scope = scopes.CreateAsyncScope();
            var journal = scope.ServiceProvider.GetRequiredService<ILedgerJournal>();
            if (await journal.GetBalancesAtAsync(merchantId, sequence, ct) is { } balances)
            {
                return balances;
            }

            await Task.Delay(200, ct);
        }

        return null;
    }
}
