using CommerceHub.Connectors.Abstractions;
using CommerceHub.HubApi.Features.Shops;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Listings;

/// <summary>
/// Publishing to a platform that reviews new listings (Tiki): the publish job sends a request and the listing waits
/// in Pending; a poll job, scheduled again while the review runs (never sleeping inside a job), makes it Live with the
/// platform's ids or Rejected with the platform's reason.
/// </summary>
public sealed partial class ListingJobs
{
    private async Task RequestAsync(ChannelListing listing, ShopConnection shop, IListingRequestPublisher requester, ProductListing built,
        int version, CancellationToken ct)
    {
        var shopRef = new ShopRef(shop.Marketplace, shop.ShopId);
        if (listing.ExternalItemId is not null)
        {
            // Approved before: the products exist and their stock is synced; Tiki takes content changes only through a new
            // review, which would create second products, so re-publishing leaves them as they are.
            await SetAsync(listing, ListingState.Live, null, ct);
            await sync.MarkAsync(listing.MerchantId, listing.ChannelCode, listing.Variants.Keys);
            return;
        }

        try
        {
            // The request already sent is followed while it is pending or approved; only a rejected one is sent again.
            var request = listing.ReviewRequestId is { } known ? await requester.GetListingRequestAsync(shopRef, known, ct) : null;
            if (request is null or { State: ListingRequestState.Rejected })
            {
                request = await requester.RequestListingAsync(shopRef, built, ct);
            }

            listing.ReviewRequestId = request.RequestId;
            listing.PublishedVersion = version;
            await ApplyReviewAsync(listing, shop.Marketplace, request, ct);
        }
        catch (MarketplaceException e) when (e is MarketplaceValidationException or MarketplaceNotFoundException
            or MarketplaceAuthException { ReauthorizationRequired: true })
        {
            await SetAsync(listing, ListingState.Rejected, e.Message, ct);
        }
    }

    /// <summary>Polls the listing's review request; reschedules itself while the platform is still reviewing.</summary>
    [AutomaticRetry(Attempts = 5, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task PollReviewAsync(Guid listingId, CancellationToken ct)
    {
        var listing = await db.Set<ChannelListing>().IgnoreQueryFilters().SingleOrDefaultAsync(l => l.Id == listingId, ct);
        if (listing is not { State: ListingState.Pending, ReviewRequestId: { } requestId, ExternalItemId: null })
        {
            return; // decided, delisted or re-published meanwhile
        }

        currentUser.ActAs(listing.MerchantId, "listing-publisher");
        var shop = await db.Set<ShopConnection>().SingleAsync(s => s.Id == listing.ShopConnectionId, ct);
        var requester = services.GetRequiredKeyedService<IListingRequestPublisher>(shop.Marketplace);
        try
        {
            var request = await requester.GetListingRequestAsync(new ShopRef(shop.Marketplace, shop.ShopId), requestId, ct);
            await ApplyReviewAsync(listing, shop.Marketplace, request, ct);
        }
        catch (MarketplaceException e) when (e is MarketplaceNotFoundException or MarketplaceAuthException { ReauthorizationRequired: true })
        {
            await SetAsync(listing, ListingState.Rejected, e.Message, ct);
        }
    }

    private async Task ApplyReviewAsync(ChannelListing listing, Marketplace marketplace, ListingRequest request, CancellationToken ct)
    {
        switch (request.State)
        {
            case ListingRequestState.Approved:
                await GoLiveAsync(listing, marketplace, request.Published!, request.Published!.Sku, ct); // Approved always carries the ids.
                break;
            case ListingRequestState.Rejected:
                await SetAsync(listing, ListingState.Rejected, $"{marketplace} rejected the listing: {request.Reason}", ct);
                break;
            default:
                await SetAsync(listing, ListingState.Pending, $"Awaiting {marketplace} review ({request.PlatformState}).", ct);
                jobs.Schedule<ListingJobs>(j => j.PollReviewAsync(listing.Id, CancellationToken.None), reviewOptions.Value.PollInterval);
                break;
        }
    }
}
