using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.Inventory.Ledger;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Campaigns;

/// <summary>An open tranche as the order import and the stock push need it.</summary>
public sealed record OpenLock(Guid Id, string Sku, int Quantity, bool CountedInStock, string ReservationId);

/// <summary>
/// The open campaign locks of a channel, cached briefly per node (they are read on every stock push and order
/// import but change rarely); the lock sync drops its channel's entry when it changes them.
/// </summary>
public sealed class CampaignLocks(IServiceScopeFactory scopes, StockLedger ledger, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<(Guid, string), (IReadOnlyList<OpenLock> Locks, DateTimeOffset Until)> _cache = new();

    public void Invalidate(Guid merchantId, string channel) => _cache.TryRemove((merchantId, channel), out _);

    public async Task<IReadOnlyList<OpenLock>> OpenAsync(Guid merchantId, string channel, CancellationToken ct)
    {
        if (_cache.TryGetValue((merchantId, channel), out var hit) && hit.Until > clock.GetUtcNow())
        {
            return hit.Locks;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var rows = await db.Set<CampaignLock>().IgnoreQueryFilters().AsNoTracking()
            .Where(l => l.MerchantId == merchantId && l.ChannelCode == channel && l.State == CampaignLockState.Open)
            .OrderBy(l => l.Id)
            .Select(l => new { l.Id, l.Sku, l.Quantity, l.CountedInStock })
            .ToListAsync(ct);
        IReadOnlyList<OpenLock> locks = [.. rows.Select(r => new OpenLock(r.Id, r.Sku, r.Quantity, r.CountedInStock, $"cmp-{r.Id:N}"))];
        _cache[(merchantId, channel)] = (locks, clock.GetUtcNow() + Lifetime);
        return locks;
    }

    /// <summary>
    /// Turns channel quantities (pool share plus the campaign bucket) into what the platform must be sent: where the
    /// platform counts locked units in the quantity (Lazada) never less than the lock, so a push cannot undo it; where
    /// it moved them out (Shopee) the share beside the campaign, since the platform shows the locked units itself.
    /// </summary>
    public async Task AdjustAsync(Guid merchantId, string channel, IDictionary<string, long> quantities, CancellationToken ct)
    {
        var locks = await OpenAsync(merchantId, channel, ct);
        foreach (var group in locks.GroupBy(l => l.Sku, StringComparer.Ordinal))
        {
            if (!quantities.TryGetValue(group.Key, out var quantity))
            {
                continue;
            }

            if (group.First().CountedInStock)
            {
                quantities[group.Key] = Math.Max(quantity, group.Sum(l => (long)l.Quantity));
                continue;
            }

            long held = 0;
            foreach (var tranche in group)
            {
                held += await HeldAsync(merchantId, tranche, ct);
            }

            quantities[group.Key] = Math.Max(0, quantity - held);
        }
    }

    /// <summary>Units of the SKU the tranche's reservation still holds (orders inside the campaign take them out).</summary>
    public async Task<long> HeldAsync(Guid merchantId, OpenLock tranche, CancellationToken ct)
    {
        var view = await ledger.GetReservationAsync(merchantId, tranche.ReservationId, ct);
        return view is { State: ReservationState.Open } ? view.Lines.Where(l => l.Sku == tranche.Sku).Sum(l => l.Remaining) : 0;
    }

    /// <summary>The same order, tranche and SKU always give the same id (so a retried import claims once).</summary>
    public static string ClaimId(Guid lockId, string orderReference, string sku)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{orderReference}\n{sku}"));
        return $"cl-{lockId:N}-{Convert.ToHexStringLower(hash)[..24]}";
    }
}
