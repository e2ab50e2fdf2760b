using CommerceHub.Connectors.Abstractions;
using CommerceHub.HubApi.Features.Campaigns;
using CommerceHub.HubApi.Features.Shops;
using CommerceHub.HubApi.Infrastructure.Jobs;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.Inventory.Allocation;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.StockSync;

/// <summary>
/// Compares what each platform shows (through the connector's item listing) with what the channel should show, and
/// queues every drifted SKU for the sync worker, which then sends the current value. Catches what a lost push, a
/// platform-side edit or an outage left behind.
/// </summary>
public sealed partial class StockReconciliationJob(
    HubDbContext db, IServiceProvider services, ChannelQuantities quantities, ChannelTargets targets, StockSyncQueue queue,
    CampaignLocks campaignLocks, ILogger<StockReconciliationJob> logger)
{
    public const string RecurringId = "stock-sync:reconcile";

    public async Task ReconcileAllAsync(CancellationToken ct)
    {
        var shops = await db.Set<ShopConnection>().IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.State == AuthorizationState.Active && s.ProtectedAccessToken != null).Select(s => s.Id).ToListAsync(ct);
        foreach (var id in shops)
        {
            await ReconcileShopAsync(id, ct);
        }
    }

    /// <returns>The number of SKUs whose platform stock differed from the channel quantity.</returns>
    public async Task<int> ReconcileShopAsync(Guid shopConnectionId, CancellationToken ct)
    {
        var shop = await db.Set<ShopConnection>().IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(s => s.Id == shopConnectionId, ct);
        if (shop is null || services.GetKeyedService<IItemSource>(shop.Marketplace) is not { } items)
        {
            return 0;
        }

        targets.Invalidate(shop.MerchantId, shop.ChannelCode);
        var target = await targets.GetAsync(shop.MerchantId, shop.ChannelCode, ct);
        var byItem = target!.Skus.ToLookup(s => (s.Value.ItemId, s.Value.VariantId), s => s.Key);
        // A platform that lists each variant as an item of its own (Tiki) shows the variant's id as the item id.
        var byVariant = target.Skus.Where(s => s.Value.VariantId is not null).ToLookup(s => s.Value.VariantId!, s => s.Key);
        var shownBySku = new Dictionary<string, long>(StringComparer.Ordinal);
        try
        {
            await foreach (var item in items.ListItemsAsync(new ShopRef(shop.Marketplace, shop.ShopId), new ItemQuery(IncludeDelisted: false), ct))
            {
                var shown = item.Variants.Count > 0
                    ? item.Variants.Select(v => (Variant: (string?)v.ExternalVariantId, v.Stock))
                    : [(Variant: null, Stock: item.Stock ?? 0)];
                foreach (var (variant, stock) in shown)
                {
                    var skus = byItem[(item.ExternalItemId, variant)].ToList();
                    foreach (var sku in skus.Count > 0 || variant is not null ? skus : byVariant[item.ExternalItemId])
                    {
                        shownBySku[sku] = stock;
                    }
                }
            }
        }
        catch (MarketplaceException e)
        {
            ReconcileFailed(logger, e, shop.Marketplace, shop.ShopId);
            return 0;
        }

        var should = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var sku in shownBySku.Keys)
        {
            should[sku] = (await quantities.ComputeAsync(shop.MerchantId, sku, ct)).FirstOrDefault(a => a.Channel == shop.ChannelCode)?.Quantity ?? 0;
        }

        // What the platform should show follows the same campaign-lock rule as the pushes.
        await campaignLocks.AdjustAsync(shop.MerchantId, shop.ChannelCode, should, ct);
        var drifted = shownBySku.Where(s => should[s.Key] != s.Value).Select(s => s.Key).ToList();
        await queue.MarkAsync(shop.MerchantId, shop.ChannelCode, drifted);
        if (drifted.Count > 0)
        {
            DriftFound(logger, drifted.Count, shop.Marketplace, shop.ShopId);
        }

        return drifted.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} SKUs drifted on {Marketplace} shop {ShopId}; queued for sync")]
    private static partial void DriftFound(ILogger logger, int count, Marketplace marketplace, string shopId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not reconcile {Marketplace} shop {ShopId}")]
    private static partial void ReconcileFailed(ILogger logger, Exception exception, Marketplace marketplace, string shopId);
}

internal sealed class StockSyncRecurringJobs : IRecurringJobs
{
    public void Register(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<StockReconciliationJob>(StockReconciliationJob.RecurringId, j => j.ReconcileAllAsync(CancellationToken.None), "*/15 * * * *");
}
