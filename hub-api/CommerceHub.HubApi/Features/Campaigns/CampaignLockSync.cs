using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using CommerceHub.HubApi.Features.Shops;
using CommerceHub.HubApi.Features.StockSync;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.Inventory.Ledger;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Campaigns;

/// <summary>
/// Reads what each platform shows locked by its campaigns and brings the ledger in line: a new or larger lock is
/// reserved from the pool for the shop's channel (so every other channel drops by it), a smaller or ended one gives
/// what it still holds back to the pool (so every channel rises again). The sync worker pushes the results.
/// </summary>
public sealed partial class CampaignLockSync(
    HubDbContext db, IServiceProvider services, ChannelTargets targets, CampaignLocks locks, StockLedger ledger,
    StockSyncQueue queue, RedisLock shopLocks, TimeProvider clock, ILogger<CampaignLockSync> logger)
{
    public const string RecurringId = "campaigns:sync-locks";

    [AutomaticRetry(Attempts = 0)]
    public async Task SyncAllAsync(CancellationToken ct)
    {
        var shops = await db.Set<ShopConnection>().IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.State == AuthorizationState.Active && s.ProtectedAccessToken != null)
            .Select(s => new { s.Id, s.Marketplace }).ToListAsync(ct);
        foreach (var shop in shops.Where(s => services.GetKeyedService<ILockedStockSource>(s.Marketplace) is not null))
        {
            try
            {
                await SyncShopAsync(shop.Id, ct);
            }
            catch (TimeoutException)
            {
                // Another job is syncing this shop right now; the next minute comes round again.
            }
        }
    }

    /// <returns>The SKUs whose locked quantity changed.</returns>
    public async Task<IReadOnlyList<string>> SyncShopAsync(Guid shopConnectionId, CancellationToken ct)
    {
        var shop = await db.Set<ShopConnection>().IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(s => s.Id == shopConnectionId, ct);
        if (shop is null || services.GetKeyedService<ILockedStockSource>(shop.Marketplace) is not { } source)
        {
            return [];
        }

        // One sync per shop at a time (the minute's job, a merchant's trigger, another node): two would both open the same tranche.
        await using var lease = await shopLocks.TryAcquireAsync($"ch:lock:campaigns:{shop.Id:N}", TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(30), ct)
            ?? throw new TimeoutException($"The campaign locks of shop {shop.Id} are being synced by another job.");
        targets.Invalidate(shop.MerchantId, shop.ChannelCode);
        var target = await targets.GetAsync(shop.MerchantId, shop.ChannelCode, ct);
        var byItem = target!.Skus.ToLookup(s => (s.Value.ItemId, s.Value.VariantId), s => s.Key); // the shop exists, so it has a target
        var shown = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            await foreach (var locked in source.ListLockedStockAsync(new ShopRef(shop.Marketplace, shop.ShopId), ct))
            {
                foreach (var sku in byItem[(locked.ExternalItemId, locked.ExternalVariantId)])
                {
                    shown[sku] = shown.GetValueOrDefault(sku) + locked.Quantity;
                }
            }
        }
        catch (MarketplaceException e)
        {
            // Not knowing is not the same as "no lock": keep every lock as it is until the platform answers.
            SyncFailed(logger, e, shop.Marketplace, shop.ShopId);
            return [];
        }

        var open = await db.Set<CampaignLock>().IgnoreQueryFilters()
            .Where(l => l.ShopConnectionId == shop.Id && l.State == CampaignLockState.Open).ToListAsync(ct);
        var changed = new List<string>();
        foreach (var sku in shown.Keys.Union(open.Select(l => l.Sku)).Order(StringComparer.Ordinal))
        {
            var tranches = open.Where(l => l.Sku == sku).OrderBy(l => l.Id).ToList();
            var want = shown.GetValueOrDefault(sku);
            var have = tranches.Sum(l => l.Quantity);
            if (want > have)
            {
                await OpenAsync(shop, sku, want - have, source.LockCountedInStock, ct);
            }
            else if (want < have)
            {
                await ShrinkAsync(shop, tranches, have - want, ct);
            }
            else
            {
                continue;
            }

            changed.Add(sku);
            LockChanged(logger, shop.Marketplace, shop.ShopId, sku, have, want);
        }

        await db.SaveChangesAsync(ct);
        locks.Invalidate(shop.MerchantId, shop.ChannelCode);
        // The ledger's events move every channel's quantity; this shop's own push is re-sent so it reflects the lock rule.
        await queue.MarkAsync(shop.MerchantId, shop.ChannelCode, changed);
        return changed;
    }

    private async Task OpenAsync(ShopConnection shop, string sku, int quantity, bool counted, CancellationToken ct)
    {
        var tranche = new CampaignLock
        {
            MerchantId = shop.MerchantId, ShopConnectionId = shop.Id, ChannelCode = shop.ChannelCode, Sku = sku,
            Quantity = quantity, CountedInStock = counted, StartedAt = clock.GetUtcNow(),
        };
        db.Add(tranche);
        var stock = await ledger.GetAsync(shop.MerchantId, sku, ct);
        IReadOnlyList<string> warehouses = stock.Warehouses.Count > 0
            ? [.. stock.Warehouses.OrderByDescending(w => w.Available).Select(w => w.Warehouse)]
            : ["NONE"];
        var held = await ReserveAsync(shop, tranche, warehouses, quantity, ct);
        if (held == 0 && stock.Warehouses.Count > 0)
        {
            // The best warehouse may be short while the lock still fits in part: hold what it has.
            var most = stock.Warehouses.Max(w => w.Available);
            held = most > 0 ? await ReserveAsync(shop, tranche, warehouses, (int)Math.Min(most, quantity), ct) : 0;
        }

        if (held < quantity)
        {
            tranche.Note = $"The platform locks {quantity} units but the pool could hold only {held}; the rest was sold elsewhere first.";
        }
    }

    private async Task<long> ReserveAsync(ShopConnection shop, CampaignLock tranche, IReadOnlyList<string> warehouses, int quantity, CancellationToken ct)
    {
        var request = new ReservationRequest(shop.MerchantId, tranche.ReservationId, [new ReservationLine(tranche.Sku, quantity, warehouses)])
        {
            Purpose = ReservationPurpose.Campaign,
            Channel = shop.ChannelCode,
        };
        var result = await ledger.ReserveAsync(request, ct);
        return result.Success ? result.Lines.Sum(l => l.Quantity) : 0;
    }

    /// <summary>
    /// Gives back <paramref name="excess"/> units of the lock, newest tranche first, as far as they are still held (orders
    /// inside the campaign may have taken some). A tranche ends when none of the platform's lock is left on it.
    /// </summary>
    private async Task ShrinkAsync(ShopConnection shop, List<CampaignLock> tranches, int excess, CancellationToken ct)
    {
        for (var i = tranches.Count - 1; i >= 0 && excess > 0; i--)
        {
            var tranche = tranches[i];
            var take = Math.Min(tranche.Quantity, excess);
            var held = await locks.HeldAsync(shop.MerchantId,
                new OpenLock(tranche.Id, tranche.Sku, tranche.Quantity, tranche.CountedInStock, tranche.ReservationId), ct);
            // Keyed by the quantity before this step, so a retried sync does not give the same units back twice.
            var key = $"{tranche.ReservationId}:shrink:{tranche.Quantity}";
            if (held > 0 && held <= take)
            {
                await ledger.ReleaseAsync(shop.MerchantId, tranche.ReservationId, idempotencyKey: key, cancellationToken: ct);
            }
            else if (held > take)
            {
                await ledger.ReleaseAsync(shop.MerchantId, tranche.ReservationId, [new SkuQuantity(tranche.Sku, take)], key, ct);
            }

            tranche.Quantity -= take;
            excess -= take;
            if (tranche.Quantity == 0)
            {
                (tranche.State, tranche.EndedAt) = (CampaignLockState.Ended, clock.GetUtcNow());
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Campaign lock on {Marketplace} shop {ShopId} SKU {Sku}: {Before} → {After} units")]
    private static partial void LockChanged(ILogger logger, Marketplace marketplace, string shopId, string sku, int before, int after);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read campaign locks of {Marketplace} shop {ShopId}; locks stay as they are")]
    private static partial void SyncFailed(ILogger logger, Exception exception, Marketplace marketplace, string shopId);
}
