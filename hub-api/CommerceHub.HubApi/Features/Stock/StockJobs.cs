using CommerceHub.HubApi.Features.Stock.Journal;
using CommerceHub.HubApi.Features.Stock.Reconciliation;
using CommerceHub.HubApi.Infrastructure.Jobs;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.Inventory.Allocation;
using CommerceHub.Inventory.Ledger;
using CommerceHub.Inventory.Reconciliation;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Stock;

/// <summary>Recurring stock work. Both jobs are safe to run twice (expiry and reconciliation are idempotent).</summary>
public sealed class StockJobs(HubDbContext db, StockLedger ledger, LedgerReconciler reconciler,
    AllocationRuleCache rules, ChannelQuantities quantities)
{
    public const string ExpiryJob = "stock-expiry";
    public const string ReconciliationJob = "stock-reconciliation";

    /// <summary>Releases overdue reservations of every merchant that has a ledger.</summary>
    [AutomaticRetry(Attempts = 0)]
    [Queue("critical")]
    public async Task ExpireReservationsAsync(CancellationToken ct)
    {
        foreach (var merchantId in await MerchantsAsync(ct))
        {
            await ledger.ExpireDueAsync(merchantId, ct);
        }
    }

    [AutomaticRetry(Attempts = 0)]
    public async Task ReconcileAllAsync(CancellationToken ct)
    {
        foreach (var merchantId in await MerchantsAsync(ct))
        {
            db.Add(ReconciliationRun.From(await reconciler.ReconcileAsync(merchantId, ct)));
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// After a channel or rule change, publishes the channel quantities that changed: for one SKU, or for every SKU of
    /// the merchant when a channel default changed.
    /// </summary>
    [AutomaticRetry(Attempts = 3)]
    public async Task RepublishChannelQuantitiesAsync(Guid merchantId, string? sku, CancellationToken ct)
    {
        // The job may run on another node than the edit; its cached rules must not be the old ones.
        rules.Invalidate(merchantId);
        var skus = sku is not null ? [sku] : await db.Set<StockBalance>().IgnoreQueryFilters()
            .Where(b => b.MerchantId == merchantId).Select(b => b.Sku).Distinct().ToListAsync(ct);
        foreach (var one in skus)
        {
            await quantities.PublishChangesAsync(merchantId, one, ct);
        }
    }

    private Task<List<Guid>> MerchantsAsync(CancellationToken ct) =>
        db.Set<LedgerCursor>().IgnoreQueryFilters().Select(c => c.MerchantId).ToListAsync(ct);
}

/// <summary>Reservation expiry every minute (Hangfire's finest schedule) and an hourly ledger reconciliation.</summary>
internal sealed class StockRecurringJobs : IRecurringJobs
{
    public void Register(IRecurringJobManager jobs)
    {
        jobs.AddOrUpdate<StockJobs>(StockJobs.ExpiryJob, j => j.ExpireReservationsAsync(CancellationToken.None), Cron.Minutely());
        jobs.AddOrUpdate<StockJobs>(StockJobs.ReconciliationJob, j => j.ReconcileAllAsync(CancellationToken.None), Cron.Hourly());
    }
}
