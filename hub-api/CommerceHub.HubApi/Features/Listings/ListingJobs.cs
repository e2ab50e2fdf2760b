using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using CommerceHub.HubApi.Features.Catalog;
using CommerceHub.HubApi.Features.Currency;
using CommerceHub.HubApi.Features.Shops;
using CommerceHub.HubApi.Features.StockSync;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using CommerceHub.Inventory.Allocation;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CommerceHub.HubApi.Features.Listings;

/// <summary>
/// Publishes one listing. Jobs take the listing id only and are safe to run twice: a listing that already has a
/// platform item id is updated, never created again, and a per-listing Redis lock keeps two nodes from racing.
/// </summary>
public sealed partial class ListingJobs(
    HubDbContext db,
    CurrentUser currentUser,
    IServiceProvider services,
    CurrencyRates rates,
    ChannelQuantities quantities,
    StockSyncQueue sync,
    ChannelTargets targets,
    ListingStates states,
    RedisLock locks,
    IBackgroundJobClient jobs,
    IOptions<ListingReviewOptions> reviewOptions,
    TimeProvider clock,
    ILogger<ListingJobs> logger)
{
    [AutomaticRetry(Attempts = 5, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task PublishAsync(Guid listingId, CancellationToken ct)
    {
        await using var lease = await locks.TryAcquireAsync($"ch:lock:listing:{listingId:N}", TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1), ct)
            ?? throw new TimeoutException($"Listing {listingId} is being published by another node.");
        var listing = await db.Set<ChannelListing>().IgnoreQueryFilters().SingleOrDefaultAsync(l => l.Id == listingId, ct);
        if (listing is null || listing.State == ListingState.Delisted)
        {
            return;
        }

        currentUser.ActAs(listing.MerchantId, "listing-publisher");
        var shop = await db.Set<ShopConnection>().SingleAsync(s => s.Id == listing.ShopConnectionId, ct);
        var product = await db.Set<Product>().Include(p => p.Variants).SingleAsync(p => p.Id == listing.ProductId, ct);
        var profile = await db.Set<ListingProfile>().SingleOrDefaultAsync(p => p.ShopConnectionId == shop.Id, ct) ?? ListingProfile.Defaults(shop);
        var publisher = services.GetKeyedService<ICatalogPublisher>(shop.Marketplace);
        var requester = publisher is null ? services.GetKeyedService<IListingRequestPublisher>(shop.Marketplace) : null;
        if (publisher is null && requester is null)
        {
            await SetAsync(listing, ListingState.Rejected, $"The hub cannot publish to {shop.Marketplace} listings yet; create the item on the platform.", ct);
            return;
        }

        var channelQuantities = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var variant in product.Variants)
        {
            var allocation = (await quantities.ComputeAsync(listing.MerchantId, variant.Sku, ct)).FirstOrDefault(a => a.Channel == listing.ChannelCode);
            channelQuantities[variant.Sku] = allocation?.Quantity ?? 0;
        }

        decimal rate;
        try
        {
            rate = await rates.RateAsync(shop.Currency, ct);
        }
        catch (HubValidationException e)
        {
            // No rate for the shop's currency: retrying cannot help until the operator adds one, so say so on the listing.
            await SetAsync(listing, ListingState.Rejected, e.Message, ct);
            return;
        }

        var built = ListingBuilder.Build(product, shop, profile, rate, channelQuantities);
        if (built.Listing is null)
        {
            await SetAsync(listing, ListingState.Rejected, string.Join(" ", built.Problems), ct);
            return;
        }

        if (publisher is null)
        {
            await RequestAsync(listing, shop, requester!, built.Listing, product.Version, ct); // set whenever publisher is not (checked above)
            return;
        }

        try
        {
            var shopRef = new ShopRef(shop.Marketplace, shop.ShopId);
            var published = listing.ExternalItemId is null
                ? await publisher.CreateListingAsync(shopRef, built.Listing, ct)
                : await publisher.UpdateListingAsync(shopRef, listing.ExternalItemId, built.Listing, ct);
            listing.PublishedVersion = product.Version;
            await GoLiveAsync(listing, shop.Marketplace, published, built.Listing.Sku, ct);
        }
        catch (MarketplaceException e) when (e is MarketplaceValidationException or MarketplaceNotFoundException
            or MarketplaceAuthException { ReauthorizationRequired: true })
        {
            await SetAsync(listing, ListingState.Rejected, e.Message, ct);
            return;
        }
        catch (MarketplaceException e)
        {
            // Unavailable or throttled beyond the connector's retries: Hangfire retries the job; the state says why it waits.
            listing.LastError = ListingStates.Truncate(e.Message);
            await db.SaveChangesAsync(ct);
            throw;
        }
    }

    /// <summary>Records the platform's ids, marks the listing live and has the sync worker send the current quantities.</summary>
    private async Task GoLiveAsync(ChannelListing listing, Marketplace marketplace, PublishedListing published, string listingSku, CancellationToken ct)
    {
        listing.ExternalItemId = published.ExternalItemId;
        listing.Variants = published.Variants.Count > 0
            ? published.Variants.ToDictionary(v => v.Sku, v => v.ExternalVariantId, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal) { [listingSku] = "" };
        await SetAsync(listing, ListingState.Live, null, ct);
        targets.Invalidate(listing.MerchantId, listing.ChannelCode);
        // The quantities may have moved while the item was created; the sync worker sends the current ones.
        await sync.MarkAsync(listing.MerchantId, listing.ChannelCode, listing.Variants.Keys);
        Published(logger, listing.Id, marketplace, listing.ExternalItemId);
    }

    public async Task DelistAsync(Guid listingId, CancellationToken ct)
    {
        var listing = await db.Set<ChannelListing>().IgnoreQueryFilters().SingleOrDefaultAsync(l => l.Id == listingId, ct);
        if (listing?.ExternalItemId is null)
        {
            return;
        }

        currentUser.ActAs(listing.MerchantId, "listing-publisher");
        var shop = await db.Set<ShopConnection>().SingleAsync(s => s.Id == listing.ShopConnectionId, ct);
        if (services.GetKeyedService<ICatalogPublisher>(shop.Marketplace) is not { } publisher)
        {
            // A platform reached only through reviewed requests (Tiki) has no delisting call: leave nothing to sell.
            var sink = services.GetRequiredKeyedService<IInventorySink>(shop.Marketplace);
            await sink.UpdateStockAsync(new ShopRef(shop.Marketplace, shop.ShopId),
                [.. listing.Variants.Values.Select(v => new StockUpdate(listing.ExternalItemId, v.Length == 0 ? null : v, 0))], ct);
            await SetAsync(listing, ListingState.Delisted, $"Stock set to 0; hide the item in {shop.Marketplace}'s seller centre.", ct);
            targets.Invalidate(listing.MerchantId, listing.ChannelCode);
            return;
        }

        await publisher.DelistAsync(new ShopRef(shop.Marketplace, shop.ShopId), listing.ExternalItemId, ct);
        await SetAsync(listing, ListingState.Delisted, null, ct);
        targets.Invalidate(listing.MerchantId, listing.ChannelCode);
    }

    private async Task SetAsync(ChannelListing listing, ListingState state, string? error, CancellationToken ct)
    {
        (listing.State, listing.LastError, listing.UpdatedAt) = (state, error is null ? null : ListingStates.Truncate(error), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await states.NotifyAsync(listing);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listing {ListingId} live on {Marketplace} as item {ItemId}")]
    private static partial void Published(ILogger logger, Guid listingId, Marketplace marketplace, string itemId);
}
