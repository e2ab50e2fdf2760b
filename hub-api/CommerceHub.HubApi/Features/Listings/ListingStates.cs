using CommerceHub.HubApi.Contracts.Realtime;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Realtime;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Listings;

/// <summary>Moves listings between states outside a request (jobs, the sync worker) and tells the merchant's apps.</summary>
public sealed class ListingStates(IServiceScopeFactory scopes, IHubContext<MerchantHub, IMerchantClient> hub, TimeProvider clock)
{
    public async Task NotifyAsync(ChannelListing listing) =>
        await hub.Clients.Group(MerchantGroups.Merchant(listing.MerchantId)).ListingChanged(new ListingStatusChanged(
            listing.Id, listing.ProductId, listing.ShopConnectionId, listing.ChannelCode, listing.State.ToString(),
            listing.ExternalItemId, listing.LastError, listing.UpdatedAt));

    /// <summary>After a stock push: failed listings go out of sync with the platform's reason, healed ones back to live.</summary>
    public async Task RecordSyncAsync(Guid merchantId, IReadOnlyList<Guid> pushed, IReadOnlyList<(Guid ListingId, string Reason)> failed,
        CancellationToken ct)
    {
        var failedIds = failed.Select(f => f.ListingId).ToHashSet();
        var healed = pushed.Where(id => !failedIds.Contains(id)).ToList();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var ids = healed.Concat(failedIds).ToList();
        var listings = await db.Set<ChannelListing>().IgnoreQueryFilters()
            .Where(l => l.MerchantId == merchantId && ids.Contains(l.Id)
                && (l.State == ListingState.OutOfSync || (l.State == ListingState.Live && failedIds.Contains(l.Id))))
            .ToListAsync(ct);
        foreach (var listing in listings)
        {
            var reason = failed.FirstOrDefault(f => f.ListingId == listing.Id).Reason;
            (listing.State, listing.LastError, listing.UpdatedAt) = reason is null
                ? (ListingState.Live, null, clock.GetUtcNow())
                : (ListingState.OutOfSync, Truncate(reason), clock.GetUtcNow());
        }

        await db.SaveChangesAsync(ct);
        foreach (var listing in listings)
        {
            await NotifyAsync(listing);
        }
    }

    internal static string Truncate(string reason) => reason.Length <= 1000 ? reason : reason[..1000];
}
