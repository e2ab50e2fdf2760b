using System.Collections.Concurrent;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.HubApi.Features.Listings;
using CommerceHub.HubApi.Features.Shops;
using CommerceHub.HubApi.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.StockSync;

/// <summary>Where a channel's quantities go: its shop and, per merchant SKU, the platform's item and variant ids.</summary>
public sealed record ChannelTarget(ShopRef Shop, IReadOnlyDictionary<string, (Guid ListingId, string ItemId, string? VariantId)> Skus);

/// <summary>A short-lived per-node cache of <see cref="ChannelTarget"/>; a publish job drops its channel's entry.</summary>
public sealed class ChannelTargets(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<(Guid, string), (ChannelTarget? Target, DateTimeOffset Until)> _cache = new();

    public void Invalidate(Guid merchantId, string channel) => _cache.TryRemove((merchantId, channel), out _);

    public async Task<ChannelTarget?> GetAsync(Guid merchantId, string channel, CancellationToken ct)
    {
        if (_cache.TryGetValue((merchantId, channel), out var hit) && hit.Until > clock.GetUtcNow())
        {
            return hit.Target;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var shop = await db.Set<ShopConnection>().IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(s => s.MerchantId == merchantId && s.ChannelCode == channel, ct);
        ChannelTarget? target = null;
        if (shop is not null)
        {
            var listings = await db.Set<ChannelListing>().IgnoreQueryFilters().AsNoTracking()
                .Where(l => l.ShopConnectionId == shop.Id && l.ExternalItemId != null && l.State != ListingState.Delisted)
                .Select(l => new { l.Id, l.ExternalItemId, l.Variants })
                .ToListAsync(ct);
            var skus = new Dictionary<string, (Guid, string, string?)>(StringComparer.Ordinal);
            foreach (var listing in listings)
            {
                foreach (var (sku, variantId) in listing.Variants)
                {
                    skus[sku] = (listing.Id, listing.ExternalItemId!, variantId.Length == 0 ? null : variantId);
                }
            }

            target = new ChannelTarget(new ShopRef(shop.Marketplace, shop.ShopId), skus);
        }

        _cache[(merchantId, channel)] = (target, clock.GetUtcNow() + Lifetime);
        return target;
    }
}
