using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Shopee.Dtos;

namespace CommerceHub.Connectors.Shopee;

public sealed partial class ShopeeConnector
{
    private const int MaxModels = 50;
    private const int MaxBaseInfoIds = 50;
    private const int ItemPageSize = 100;

    // How far back a lookup after an unclear add_item failure searches (server and hub clocks differ a little).
    private static readonly TimeSpan LookupSlack = TimeSpan.FromMinutes(10);

    public async Task<PublishedListing> CreateListingAsync(ShopRef shop, ProductListing listing, CancellationToken cancellationToken = default)
    {
        Check(shop);
        var tiers = Tiers(listing);
        var body = mapper.Map<AddItemRequest>(listing);
        var since = clock.GetUtcNow() - LookupSlack;

        // add_item is not idempotent and Shopee has no idempotency key: after a 5xx or timeout, look the SKU up first.
        var created = await runner.RunCheckedAsync(
            shop,
            Call(shop, ShopeeClient.AddItemPath, idempotent: false),
            (token, ct) => client.AddItemAsync(token, body, ct),
            async ct => await FindItemBySkuAsync(shop, listing.Sku, since, ct) is { } found ? new AddItemResponse(found) : null,
            cancellationToken);

        if (listing.Variants.Count > 0)
        {
            var init = new InitTierVariationRequest(created.ItemId, tiers, Models(listing, tiers, listing.Variants));
            await runner.RunCheckedAsync(
                shop,
                Call(shop, ShopeeClient.InitTierVariationPath, idempotent: false),
                (token, ct) => client.InitTierVariationAsync(token, init, ct),
                async ct => (await ModelsAsync(shop, created.ItemId, ct)).Count > 0 ? new EmptyResponse() : null,
                cancellationToken);
        }

        Log.ListingCreated(logger, shop.Marketplace, shop.ShopId, created.ItemId, listing.Sku, listing.Variants.Count);
        return await PublishedAsync(shop, created.ItemId, listing.Sku, cancellationToken);
    }

    public async Task<PublishedListing> UpdateListingAsync(ShopRef shop, string externalItemId, ProductListing listing, CancellationToken cancellationToken = default)
    {
        var itemId = Id(externalItemId, nameof(externalItemId));
        var update = new UpdateItemRequest(itemId, listing.Title, listing.Description, listing.Listed ? "NORMAL" : "UNLIST");
        await RunAsync(shop, ShopeeClient.UpdateItemPath, idempotent: true, (token, ct) => client.UpdateItemAsync(token, update, ct), cancellationToken);

        var known = await RunAsync(shop, ShopeeClient.ModelListPath, idempotent: true, (token, ct) => client.GetModelListAsync(token, itemId, ct), cancellationToken);
        var existing = known.Model ?? [];
        var missing = listing.Variants.Where(v => existing.All(m => m.ModelSku != v.Sku)).ToList();
        if (missing.Count > 0)
        {
            var tiers = known.TierVariation ?? [];
            var add = new AddModelRequest(itemId, Models(listing, tiers, missing));
            await runner.RunCheckedAsync(
                shop,
                Call(shop, ShopeeClient.AddModelPath, idempotent: false),
                (token, ct) => client.AddModelAsync(token, add, ct),
                async ct => (await ModelsAsync(shop, itemId, ct)).Any(m => m.ModelSku == missing[0].Sku) ? new EmptyResponse() : null,
                cancellationToken);
        }

        return await PublishedAsync(shop, itemId, listing.Sku, cancellationToken);
    }

    public async Task DelistAsync(ShopRef shop, string externalItemId, CancellationToken cancellationToken = default)
    {
        var body = new UnlistItemRequest([new UnlistEntryDto(Id(externalItemId, nameof(externalItemId)), Unlist: true)]);
        var result = await RunAsync(shop, ShopeeClient.UnlistItemPath, idempotent: true, (token, ct) => client.UnlistItemAsync(token, body, ct), cancellationToken);
        if (result.FailureList is { Count: > 0 } failures)
        {
            throw new MarketplaceNotFoundException(
                new MarketplaceError(Marketplace.Shopee, 200, "unlist_item.failure_list", null, null),
                $"Shopee refused to delist item {externalItemId}: {failures[0].FailedReason}");
        }
    }

    private static List<TierVariationDto> Tiers(ProductListing listing)
    {
        if (listing.Variants.Count == 0)
        {
            return [];
        }

        if (listing.VariationNames.Count is < 1 or > 2 || listing.Variants.Count > MaxModels
            || listing.Variants.Any(v => v.Options.Count != listing.VariationNames.Count))
        {
            throw ShopeeErrors.Client("client.variations", "Shopee takes 1 or 2 variation axes, at most 50 variants, and one option per axis for each variant.");
        }

        return [.. listing.VariationNames.Select((name, axis) => new TierVariationDto(
            name, [.. listing.Variants.Select(v => v.Options[axis]).Distinct(StringComparer.Ordinal).Select(o => new TierOptionDto(o))]))];
    }

    private static List<ModelInputDto> Models(ProductListing listing, IReadOnlyList<TierVariationDto> tiers, IReadOnlyList<ProductVariant> variants) =>
        [.. variants.Select(v => new ModelInputDto(
            [.. v.Options.Select((option, axis) => IndexOf(tiers, axis, option))],
            ShopeePrices.ToWire(v.Price),
            v.Sku,
            [new SellerStockDto(v.Stock)]))];

    private static int IndexOf(IReadOnlyList<TierVariationDto> tiers, int axis, string option)
    {
        var index = axis < tiers.Count ? tiers[axis].OptionList.ToList().FindIndex(o => o.Option == option) : -1;
        return index >= 0
            ? index
            : throw ShopeeErrors.Client("client.variations", $"Option '{option}' is not in the listing's variations; Shopee needs update_tier_variation for new options.");
    }

    private async Task<IReadOnlyList<ModelDto>> ModelsAsync(ShopRef shop, long itemId, CancellationToken ct) =>
        (await RunAsync(shop, ShopeeClient.ModelListPath, idempotent: true, (token, c) => client.GetModelListAsync(token, itemId, c), ct)).Model ?? [];

    private async Task<PublishedListing> PublishedAsync(ShopRef shop, long itemId, string sku, CancellationToken ct)
    {
        var models = await ModelsAsync(shop, itemId, ct);
        return new PublishedListing(shop, Text(itemId), sku, [.. models.Select(m => new PublishedVariant(m.ModelSku, Text(m.ModelId)))]);
    }

    /// <summary>The newest listing changed since <paramref name="since"/> whose item_sku is <paramref name="sku"/>.</summary>
    private async Task<long?> FindItemBySkuAsync(ShopRef shop, string sku, DateTimeOffset since, CancellationToken ct)
    {
        await foreach (var page in ItemPagesAsync(shop, [], since.ToUnixTimeSeconds(), ct))
        {
            foreach (var item in page)
            {
                if (item.ItemSku == sku)
                {
                    Log.ListingFound(logger, shop.Marketplace, shop.ShopId, sku, item.ItemId);
                    return item.ItemId;
                }
            }
        }

        return null;
    }
}
