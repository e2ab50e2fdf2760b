using System.Collections.Concurrent;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using CommerceHub.HubApi.Contracts.Orders;
using CommerceHub.HubApi.Features.Currency;
using CommerceHub.HubApi.Features.Shops;
using CommerceHub.HubApi.Infrastructure.Persistence;
using MapsterMapper;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Orders;

/// <summary>What a batch import did: the outcome per platform order id, and the orders another import held.</summary>
public sealed record BatchImportResult(IReadOnlyDictionary<string, ImportOutcome> Outcomes, IReadOnlyList<string> Busy);

/// <summary>
/// Imports many orders of one shop at once: one read of the stored rows, stock settled concurrently (the ledger
/// pipelines the calls on one Redis connection), then one transaction that inserts and updates every order and runs
/// the caller's bookkeeping (marking inbox rows done), and one publish of the events. A per-order Redis lease keeps
/// the stock steps of one order in order across nodes and paths (push, poll, shipment); the unique index on
/// (platform, shop, order id) is the last guard if a lease expired, and the deterministic reservation ids make the
/// repeated ledger calls of a retried batch change nothing.
/// </summary>
public sealed partial class OrderBatchImporter(
    HubDbContext db, IServiceScopeFactory scopes, IMapper mapper, CurrencyRates rates, OrderEvents events, RedisLock locks,
    TimeProvider clock, ILogger<OrderBatchImporter> logger)
{
    private const int StockParallelism = 64;

    private static readonly TimeSpan LeaseTime = TimeSpan.FromSeconds(30);

    /// <param name="shop">The shop all orders belong to.</param>
    /// <param name="sources">Orders as the platform sent them; several states of one order keep the newest.</param>
    /// <param name="leaseWait">How long to wait for an order another import holds; those still held come back as busy.</param>
    /// <param name="inTransaction">Runs inside the import's transaction, after the orders are written.</param>
    /// <param name="ct">Cancels the import.</param>
    public async Task<BatchImportResult> ImportAsync(ShopConnection shop, IReadOnlyList<MarketplaceOrder> sources, TimeSpan leaseWait,
        Func<IReadOnlyDictionary<string, ImportOutcome>, CancellationToken, Task>? inTransaction, CancellationToken ct)
    {
        var snapshots = sources.Select(s => mapper.Map<OrderSnapshot>(s)).GroupBy(s => s.PlatformOrderId, StringComparer.Ordinal)
            .Select(g => g.Aggregate((newest, next) => OrderMerge.IsNewer(next, newest) ? next : newest)).ToList();
        var leases = await Task.WhenAll(snapshots.Select(s => locks.TryAcquireAsync(
            $"orders:lock:{shop.Marketplace}:{shop.ShopId}:{s.PlatformOrderId}", LeaseTime, leaseWait, ct)));
        try
        {
            var held = snapshots.Where((_, i) => leases[i] is not null).ToList();
            var busy = snapshots.Where((_, i) => leases[i] is null).Select(s => s.PlatformOrderId).ToList();
            var outcomes = held.Count == 0
                ? new Dictionary<string, ImportOutcome>()
                : await ImportHeldAsync(shop, held, inTransaction, ct);
            return new BatchImportResult(outcomes, busy);
        }
        finally
        {
            await Task.WhenAll(leases.OfType<RedisLock.Lease>().Select(l => l.DisposeAsync().AsTask()));
        }
    }

    private async Task<Dictionary<string, ImportOutcome>> ImportHeldAsync(ShopConnection shop, List<OrderSnapshot> snapshots,
        Func<IReadOnlyDictionary<string, ImportOutcome>, CancellationToken, Task>? inTransaction, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (orders, outcomes) = await MergeAsync(shop, snapshots, ct);
            var changes = await SettleStockAsync(orders, outcomes, ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            try
            {
                await db.SaveChangesAsync(ct);
                if (inTransaction is not null)
                {
                    await inTransaction(outcomes, ct);
                }

                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateException e) when (attempt == 1 && OrderMerge.IsUniqueViolation(e))
            {
                // Another import stored one of these orders after an expired lease: read the rows again and merge
                // into them. The ledger calls repeat with the same reservation ids and change nothing.
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                continue;
            }

            db.ChangeTracker.Clear();
            await events.PublishAsync(changes);
            LogBatch(logger, shop.Marketplace, shop.ShopId, orders.Count, outcomes.Count(o => o.Value == ImportOutcome.Created), changes.Count);
            return outcomes;
        }
    }

    private async Task<(List<Order> Orders, Dictionary<string, ImportOutcome> Outcomes)> MergeAsync(
        ShopConnection shop, List<OrderSnapshot> snapshots, CancellationToken ct)
    {
        var ids = snapshots.Select(s => s.PlatformOrderId).ToList();
        var stored = await db.Set<Order>().IgnoreQueryFilters()
            .Where(o => o.Marketplace == shop.Marketplace && o.ShopId == shop.ShopId && ids.Contains(o.PlatformOrderId))
            .ToDictionaryAsync(o => o.PlatformOrderId, StringComparer.Ordinal, ct);
        var orders = new List<Order>(snapshots.Count);
        var outcomes = new Dictionary<string, ImportOutcome>(StringComparer.Ordinal);
        foreach (var snapshot in snapshots)
        {
            if (stored.TryGetValue(snapshot.PlatformOrderId, out var existing))
            {
                outcomes[snapshot.PlatformOrderId] = OrderMerge.Apply(snapshot, existing);
                orders.Add(existing);
                continue;
            }

            var created = await NewOrderAsync(shop, snapshot, ct);
            db.Add(created);
            orders.Add(created);
            outcomes[snapshot.PlatformOrderId] = ImportOutcome.Created;
        }

        return (orders, outcomes);
    }

    /// <summary>Each order in its own scope: the flash-sale check uses a DbContext, which is not safe to share between tasks.</summary>
    private async Task<List<OrderEvent>> SettleStockAsync(List<Order> orders, Dictionary<string, ImportOutcome> outcomes, CancellationToken ct)
    {
        var changes = new ConcurrentBag<OrderEvent>();
        var now = clock.GetUtcNow();
        await Parallel.ForEachAsync(orders, new ParallelOptions { MaxDegreeOfParallelism = StockParallelism, CancellationToken = ct }, async (order, token) =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var settled = await scope.ServiceProvider.GetRequiredService<OrderStock>().SettleAsync(order, token);
            foreach (var change in settled)
            {
                changes.Add(change);
            }

            if (settled.Count > 0 || outcomes[order.PlatformOrderId] != ImportOutcome.Unchanged)
            {
                order.UpdatedAt = now;
            }
        });
        return [.. changes];
    }

    private async Task<Order> NewOrderAsync(ShopConnection shop, OrderSnapshot snapshot, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return new Order
        {
            MerchantId = shop.MerchantId, Marketplace = shop.Marketplace, ShopId = shop.ShopId, Channel = shop.ChannelCode,
            PlatformOrderId = snapshot.PlatformOrderId, Status = snapshot.Status, PlatformStatus = snapshot.PlatformStatus,
            Currency = snapshot.Currency, Total = snapshot.Total, TotalCny = await rates.ToCnyAsync(snapshot.Total, snapshot.Currency, ct),
            PlacedAt = snapshot.PlacedAt, PaidAt = snapshot.PaidAt, PlatformUpdatedAt = snapshot.UpdatedAt,
            TrackingNumber = snapshot.TrackingNumber, Lines = [.. snapshot.Lines], ImportedAt = now, UpdatedAt = now,
        };
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Marketplace} shop {ShopId}: {Count} orders imported in one batch, {Created} new, {Events} stock events")]
    private static partial void LogBatch(ILogger logger, Marketplace marketplace, string shopId, int count, int created, int events);
}
