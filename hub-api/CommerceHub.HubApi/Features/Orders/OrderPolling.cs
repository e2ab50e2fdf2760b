using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using CommerceHub.HubApi.Features.Shops;
using CommerceHub.HubApi.Infrastructure.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CommerceHub.HubApi.Features.Orders;

/// <summary>
/// Incremental polling that fills whatever pushes missed: one recurring job per connected shop lists the orders
/// updated since the shop's high-water mark (minus an overlap), imports them in batches through the same
/// <see cref="OrderBatchImporter"/> as pushes, then moves the mark. Running twice at once is harmless (imports are
/// idempotent); a per-shop lease just saves the duplicate calls.
/// </summary>
public sealed partial class OrderPolling(
    HubDbContext db, IServiceProvider services, OrderBatchImporter importer, OrderPushBatch pushes, RedisLock locks,
    IRecurringJobManager recurring, IOptions<OrdersOptions> options, TimeProvider clock, ILogger<OrderPolling> logger)
{
    public const string ScheduleJobId = "orders:schedule-polls";

    private const int ImportBatch = 200;

    private static readonly TimeSpan LeaseWait = TimeSpan.FromSeconds(20);

    public static string JobId(Marketplace marketplace, string shopId) => $"orders:poll:{marketplace.Code()}:{shopId}";

    /// <summary>Keeps one recurring poll per active shop whose platform has a connector here, and none for the others.</summary>
    [AutomaticRetry(Attempts = 0)] // Runs again within the minute.
    public async Task ScheduleAsync(CancellationToken cancellationToken)
    {
        var shops = await db.Set<ShopConnection>().IgnoreQueryFilters().AsNoTracking()
            .Select(s => new { s.Marketplace, s.ShopId, s.State, HasToken = s.ProtectedAccessToken != null })
            .ToListAsync(cancellationToken);
        foreach (var shop in shops)
        {
            var id = JobId(shop.Marketplace, shop.ShopId);
            if (shop.State == AuthorizationState.Active && shop.HasToken && services.GetKeyedService<IOrderSource>(shop.Marketplace) is not null)
            {
                recurring.AddOrUpdate<OrderPolling>(id, j => j.PollShopAsync(shop.Marketplace, shop.ShopId, CancellationToken.None), options.Value.PollCron);
            }
            else
            {
                recurring.RemoveIfExists(id);
            }
        }
    }

    [AutomaticRetry(Attempts = 0)] // The next minute's run starts from the same mark.
    public async Task<int> PollShopAsync(Marketplace marketplace, string shopId, CancellationToken cancellationToken)
    {
        await using var lease = await locks.TryAcquireAsync($"orders:poll:{marketplace}:{shopId}", TimeSpan.FromMinutes(5), TimeSpan.Zero, cancellationToken);
        if (lease is null)
        {
            return 0;
        }

        var shop = await db.Set<ShopConnection>().IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(s => s.Marketplace == marketplace && s.ShopId == shopId && s.State == AuthorizationState.Active, cancellationToken);
        if (shop is null || services.GetKeyedService<IOrderSource>(marketplace) is not { } source)
        {
            return 0;
        }

        var imported = await PullFeedAsync(shop, cancellationToken);
        var to = clock.GetUtcNow();
        var from = (shop.OrdersPolledTo ?? to - options.Value.FirstPollLookback) - options.Value.PollOverlap;
        var shopRef = new ShopRef(marketplace, shopId);
        var batch = new List<MarketplaceOrder>(ImportBatch);
        await foreach (var order in source.ListOrdersAsync(shopRef, new OrderQuery(from, to), cancellationToken))
        {
            batch.Add(order);
            if (batch.Count == ImportBatch)
            {
                imported += await ImportAsync(shop, batch, cancellationToken);
            }
        }

        imported += await ImportAsync(shop, batch, cancellationToken);

        // Only forward: a slow run that started earlier must not pull the mark back behind a later one.
        await db.Set<ShopConnection>().IgnoreQueryFilters()
            .Where(s => s.Id == shop.Id && (s.OrdersPolledTo == null || s.OrdersPolledTo < to))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.OrdersPolledTo, to), cancellationToken);
        LogPolled(logger, marketplace, shopId, imported, from, to);
        return imported;
    }

    /// <summary>Imports and empties the batch; an order another import held past the wait is left to the next poll (the overlap brings it again).</summary>
    private async Task<int> ImportAsync(ShopConnection shop, List<MarketplaceOrder> batch, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        var result = await importer.ImportAsync(shop, [.. batch], LeaseWait, inTransaction: null, ct);
        batch.Clear();
        return result.Outcomes.Count;
    }

    /// <summary>Platforms that queue events instead of pushing (Tiki): process what the feed holds as one batch, then acknowledge it.</summary>
    private async Task<int> PullFeedAsync(ShopConnection shop, CancellationToken ct)
    {
        if (services.GetKeyedService<IEventFeed>(shop.Marketplace) is not { } feed)
        {
            return 0;
        }

        var shopRef = new ShopRef(shop.Marketplace, shop.ShopId);
        var handled = 0;
        while (true)
        {
            var batch = await feed.PullAsync(shopRef, ct);
            var work = batch.Events.Select(e => new PushWork(null, e, admitted: false)).ToList();
            await pushes.ProcessAsync(work, recordImported: null, ct);
            handled += work.Count;
            if (batch.AckId is null || batch.Events.Count == 0)
            {
                return handled;
            }

            if (work.Any(w => w.Result?.Kind != PushResultKind.Done))
            {
                // Left unacknowledged, the events come again with the next pull; the gate takes an already admitted one
                // for a duplicate, so it is the incremental poll below, in this same run, that brings its order in.
                return handled;
            }

            await feed.AcknowledgeAsync(shopRef, batch.AckId, ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Polled {Marketplace} shop {ShopId}: {Count} orders updated {From:o} to {To:o}")]
    private static partial void LogPolled(ILogger logger, Marketplace marketplace, string shopId, int count, DateTimeOffset from, DateTimeOffset to);
}
