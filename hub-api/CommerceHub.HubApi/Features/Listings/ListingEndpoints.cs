using CommerceHub.HubApi.Features.Catalog;
using CommerceHub.HubApi.Features.Shops;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Http;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using Hangfire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Listings;

/// <summary>Publish products to shops with one action, and see each listing's sync status and last error.</summary>
public static class ListingEndpoints
{
    public const int MaxPairs = 2_000;

    public sealed record PublishInput(IReadOnlyList<Guid>? ProductIds, IReadOnlyList<Guid>? ShopIds);

    public sealed record ListingView(
        Guid Id, Guid ProductId, Guid ShopId, string Channel, string State, string? ExternalItemId,
        IReadOnlyDictionary<string, string> Variants, int? PublishedVersion, string? LastError, DateTimeOffset UpdatedAt);

    public sealed record ListingFilter(Guid? ShopId, Guid? ProductId, string? State);

    public static async Task<Accepted<IReadOnlyList<ListingView>>> Publish(PublishInput input, HubDbContext db, ICurrentUser user,
        IBackgroundJobClient jobs, TimeProvider clock, CancellationToken ct)
    {
        var merchantId = user.RequireMerchantId();
        var productIds = input.ProductIds?.Distinct().ToList() ?? [];
        var shopIds = input.ShopIds?.Distinct().ToList() ?? [];
        new Validation()
            .Check(productIds.Count > 0, "productIds", "name at least one product.")
            .Check(shopIds.Count > 0, "shopIds", "name at least one shop.")
            .Check(productIds.Count * shopIds.Count <= MaxPairs, "productIds", $"at most {MaxPairs} product × shop pairs per request.")
            .ThrowIfInvalid();

        var shops = await db.Set<ShopConnection>().Where(s => shopIds.Contains(s.Id)).ToListAsync(ct);
        var products = await db.Set<Product>().Where(p => productIds.Contains(p.Id)).Select(p => new { p.Id, p.Status }).ToListAsync(ct);
        var validation = new Validation();
        foreach (var missing in shopIds.Except(shops.Select(s => s.Id)))
        {
            validation.Add("shopIds", $"shop {missing} is not connected.");
        }

        foreach (var shop in shops.Where(s => ShopEndpoints.Status(s) != "active"))
        {
            validation.Add("shopIds", $"shop {shop.Id} ({shop.Marketplace} {shop.ShopId}) is {ShopEndpoints.Status(shop)}; authorize it first.");
        }

        foreach (var missing in productIds.Except(products.Select(p => p.Id)))
        {
            validation.Add("productIds", $"product {missing} does not exist.");
        }

        foreach (var archived in products.Where(p => p.Status != ProductStatus.Active))
        {
            validation.Add("productIds", $"product {archived.Id} is {archived.Status}; only active products are published.");
        }

        validation.ThrowIfInvalid();

        var listings = await QueueAsync(db, jobs, merchantId, shops, productIds, clock.GetUtcNow(), ct);
        return TypedResults.Accepted("/api/listings", (IReadOnlyList<ListingView>)[.. listings.Select(View)]);
    }

    /// <summary>Creates or resets the listings of every product in every shop, then queues one publish job per listing.</summary>
    public static async Task<List<ChannelListing>> QueueAsync(HubDbContext db, IBackgroundJobClient jobs, Guid merchantId,
        IReadOnlyList<ShopConnection> shops, IReadOnlyList<Guid> productIds, DateTimeOffset now, CancellationToken ct)
    {
        var shopIds = shops.Select(s => s.Id).ToList();
        var existing = await db.Set<ChannelListing>()
            .Where(l => shopIds.Contains(l.ShopConnectionId) && productIds.Contains(l.ProductId))
            .ToDictionaryAsync(l => (l.ShopConnectionId, l.ProductId), ct);
        var listings = new List<ChannelListing>();
        foreach (var shop in shops)
        {
            foreach (var productId in productIds)
            {
                if (!existing.TryGetValue((shop.Id, productId), out var listing))
                {
                    listing = new ChannelListing { MerchantId = merchantId, ShopConnectionId = shop.Id, ChannelCode = shop.ChannelCode, ProductId = productId };
                    db.Add(listing);
                }

                (listing.State, listing.UpdatedAt) = (ListingState.Pending, now);
                listings.Add(listing);
            }
        }

        await db.SaveChangesAsync(ct);
        foreach (var listing in listings)
        {
            jobs.Enqueue<ListingJobs>(j => j.PublishAsync(listing.Id, CancellationToken.None));
        }

        return listings;
    }

    public static async Task<Page<ListingView>> List([AsParameters] ListingFilter filter, [AsParameters] PageQuery page, HubDbContext db, CancellationToken ct)
    {
        var query = db.Set<ChannelListing>().AsNoTracking();
        if (filter.ShopId is { } shopId)
        {
            query = query.Where(l => l.ShopConnectionId == shopId);
        }

        if (filter.ProductId is { } productId)
        {
            query = query.Where(l => l.ProductId == productId);
        }

        if (filter.State is { Length: > 0 } stateText)
        {
            if (!Enum.TryParse<ListingState>(stateText, ignoreCase: true, out var state))
            {
                throw new HubValidationException(new Dictionary<string, string[]>
                {
                    ["state"] = [$"must be one of {string.Join(", ", Enum.GetNames<ListingState>())}."],
                });
            }

            query = query.Where(l => l.State == state);
        }

        var found = await query.OrderBy(l => l.ChannelCode).ThenBy(l => l.ProductId).ToPageAsync(page, ct);
        return new Page<ListingView>([.. found.Items.Select(View)], found.PageNumber, found.PageSize, found.Total);
    }

    public static async Task<ListingView> Get(Guid id, HubDbContext db, CancellationToken ct) =>
        View(await db.Set<ChannelListing>().AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, ct)
            ?? throw new NotFoundException($"Listing {id} does not exist."));

    public static async Task<Accepted<ListingView>> Delist(Guid id, HubDbContext db, IBackgroundJobClient jobs, CancellationToken ct)
    {
        var listing = await db.Set<ChannelListing>().AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, ct)
            ?? throw new NotFoundException($"Listing {id} does not exist.");
        if (listing.ExternalItemId is null)
        {
            throw new ConflictException("The listing is not on the platform yet; nothing to delist.");
        }

        jobs.Enqueue<ListingJobs>(j => j.DelistAsync(id, CancellationToken.None));
        return TypedResults.Accepted($"/api/listings/{id}", View(listing));
    }

    private static ListingView View(ChannelListing l) => new(l.Id, l.ProductId, l.ShopConnectionId, l.ChannelCode, l.State.ToString(),
        l.ExternalItemId, l.Variants, l.PublishedVersion, l.LastError, l.UpdatedAt);
}
