using System.Globalization;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.TikTok.Dtos;

namespace CommerceHub.Connectors.TikTok;

public sealed partial class TikTokConnector
{
    private const int MaxSkus = 100;

    public async Task<PublishedListing> CreateListingAsync(ShopRef shop, ProductListing listing, CancellationToken cancellationToken = default)
    {
        var body = CreateBody(listing);
        var firstSku = body.Skus[0].SellerSku;

        // Create is not idempotent and TikTok has no idempotency key: after a 5xx or timeout, look the seller SKU up first.
        var created = await runner.RunCheckedAsync(
            shop,
            Call(shop, TikTokClient.CreateProductApi, idempotent: false),
            async (token, ct) => Published(shop, listing.Sku, await client.CreateProductAsync(token, await CipherAsync(shop, ct), body, ct)),
            ct => FindBySellerSkuAsync(shop, listing.Sku, firstSku, ct),
            cancellationToken);
        Log.ListingCreated(logger, shop.Marketplace, shop.ShopId, created.ExternalItemId, listing.Sku, created.Variants.Count);
        return created;
    }

    /// <summary>Not yet: the edit APIs (PUT /product/202309/products/{id}, partial_edit, deactivate) are not wired up.</summary>
    public Task<PublishedListing> UpdateListingAsync(ShopRef shop, string externalItemId, ProductListing listing, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("TikTok Shop product edits are not supported by this connector yet.");

    /// <summary>Not yet: see <see cref="UpdateListingAsync"/>.</summary>
    public Task DelistAsync(ShopRef shop, string externalItemId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("TikTok Shop product deactivation is not supported by this connector yet.");

    private static CreateProductRequest CreateBody(ProductListing listing)
    {
        if (listing.Variants.Count > MaxSkus || listing.VariationNames.Count > 3
            || listing.Variants.Any(v => v.Options.Count != listing.VariationNames.Count))
        {
            throw TikTokErrors.Client("client.variations", "TikTok Shop takes at most 100 SKUs, 3 sales attributes, and one option per attribute for each SKU.");
        }

        List<SkuInputDto> skus = listing.Variants.Count == 0
            ? [new SkuInputDto(null, [new InventoryDto(null, listing.Stock)], listing.Sku, TikTokPrices.ToWire(listing.Price))]
            : [.. listing.Variants.Select(v => new SkuInputDto(
                [.. v.Options.Select((option, axis) => new SalesAttributeDto(null, listing.VariationNames[axis], null, option))],
                [new InventoryDto(null, v.Stock)],
                v.Sku,
                TikTokPrices.ToWire(v.Price)))];
        return new CreateProductRequest(
            listing.Title,
            listing.Description,
            listing.CategoryId,
            listing.ImageIds.Count > 0 ? [.. listing.ImageIds.Select(i => new ImageDto(i))] : null,
            skus,
            listing.WeightKg > 0 ? new PackageWeightDto(listing.WeightKg.ToString(CultureInfo.InvariantCulture), "KILOGRAM") : null,
            listing.Listed ? "LISTING" : "AS_DRAFT");
    }

    private static PublishedListing Published(ShopRef shop, string sku, CreateProductData data) =>
        new(shop, data.ProductId, sku, [.. (data.Skus ?? []).Select(s => new PublishedVariant(s.SellerSku ?? "", s.Id))]);

    private async Task<PublishedListing?> FindBySellerSkuAsync(ShopRef shop, string listingSku, string sellerSku, CancellationToken ct)
    {
        await foreach (var page in ProductPagesAsync(shop, new ProductSearchRequest(null, [sellerSku], null, null), ct))
        {
            if (page.FirstOrDefault(p => p.Skus?.Any(s => s.SellerSku == sellerSku) == true) is { } product)
            {
                Log.ListingFound(logger, shop.Marketplace, shop.ShopId, listingSku, product.Id);
                return new PublishedListing(shop, product.Id, listingSku, [.. (product.Skus ?? []).Select(s => new PublishedVariant(s.SellerSku ?? "", s.Id))]);
            }
        }

        return null;
    }
}
