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

    /// <summary>
    /// Partial edit: title, description and images, every SKU the product has (by id, unchanged) plus the listing's
    /// SKUs it lacks; then activate or deactivate to match <see cref="ProductListing.Listed"/>.
    /// </summary>
    public async Task<PublishedListing> UpdateListingAsync(ShopRef shop, string externalItemId, ProductListing listing, CancellationToken cancellationToken = default)
    {
        var wanted = CreateBody(listing);
        var product = await GetProductAsync(shop, externalItemId, cancellationToken);
        var existing = product.Skus ?? [];
        var known = existing.Select(s => s.SellerSku).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var added = wanted.Skus.Where(s => !known.Contains(s.SellerSku)).ToList();
        if (existing.Count + added.Count > MaxSkus)
        {
            throw TikTokErrors.Client("client.variations", "TikTok Shop takes at most 100 SKUs per product.");
        }

        var body = new PartialEditRequest(
            listing.Title,
            listing.Description,
            wanted.MainImages,
            [.. existing.Select(s => new EditSkuDto(s.Id)), .. added.Select(s => new EditSkuDto(null, s.SalesAttributes, s.Inventory, s.SellerSku, s.Price))]);

        var edited = added.Count == 0
            ? await RunAsync(shop, TikTokClient.PartialEditApi, idempotent: true, // same title, same SKU ids: repeating changes nothing
                async (token, cipher, ct) => Published(shop, listing.Sku, await client.PartialEditAsync(token, cipher, externalItemId, body, ct)), cancellationToken)
            : await runner.RunCheckedAsync( // new SKUs would be added twice: after an unclear failure, read the product back first
                shop,
                Call(shop, TikTokClient.PartialEditApi, idempotent: false),
                async (token, ct) => Published(shop, listing.Sku, await client.PartialEditAsync(token, await CipherAsync(shop, ct), externalItemId, body, ct)),
                async ct =>
                {
                    var now = await GetProductAsync(shop, externalItemId, ct);
                    return added.All(a => now.Skus?.Any(s => s.SellerSku == a.SellerSku) == true) ? Published(shop, listing.Sku, now) : null;
                },
                cancellationToken);

        // Products in review or banned keep their status: neither move is open to the seller there.
        var status = TikTokStatuses.ToListing(product.Status);
        if (listing.Listed && status == ListingStatus.Delisted)
        {
            await ChangeStatusAsync(shop, TikTokClient.ActivateApi, externalItemId, cancellationToken);
        }
        else if (!listing.Listed && status == ListingStatus.Listed)
        {
            await ChangeStatusAsync(shop, TikTokClient.DeactivateApi, externalItemId, cancellationToken);
        }

        Log.ListingUpdated(logger, shop.Marketplace, shop.ShopId, externalItemId, added.Count, listing.Listed);
        return edited;
    }

    /// <summary>Deactivate Products: the product stays, hidden from buyers, until it is activated again.</summary>
    public async Task DelistAsync(ShopRef shop, string externalItemId, CancellationToken cancellationToken = default)
    {
        await ChangeStatusAsync(shop, TikTokClient.DeactivateApi, externalItemId, cancellationToken);
        Log.ListingDelisted(logger, shop.Marketplace, shop.ShopId, externalItemId);
    }

    private Task<ProductDto> GetProductAsync(ShopRef shop, string productId, CancellationToken ct) =>
        RunAsync(shop, TikTokClient.ProductApi, idempotent: true, (token, cipher, c) => client.GetProductAsync(token, cipher, ProductId(productId), c), ct);

    /// <summary>Moving to the status the product already has is accepted, so the call may be repeated.</summary>
    private async Task ChangeStatusAsync(ShopRef shop, string api, string productId, CancellationToken ct)
    {
        var answer = await RunAsync(shop, api, idempotent: true, (token, cipher, c) => client.ChangeStatusAsync(token, cipher, api, [ProductId(productId)], c), ct);
        if (answer.Errors is [var refused, ..])
        {
            throw TikTokErrors.FromResponse(200, refused.Code, refused.Message, null, null, null);
        }
    }

    private static string ProductId(string productId) =>
        long.TryParse(productId, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? productId
            : throw new ArgumentException($"'{productId}' is not a TikTok Shop product id.", nameof(productId));

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

    private static PublishedListing Published(ShopRef shop, string sku, ProductDto product) =>
        new(shop, product.Id, sku, [.. (product.Skus ?? []).Select(s => new PublishedVariant(s.SellerSku ?? "", s.Id))]);

    private async Task<PublishedListing?> FindBySellerSkuAsync(ShopRef shop, string listingSku, string sellerSku, CancellationToken ct)
    {
        await foreach (var page in ProductPagesAsync(shop, new ProductSearchRequest(null, [sellerSku], null, null), ct))
        {
            if (page.FirstOrDefault(p => p.Skus?.Any(s => s.SellerSku == sellerSku) == true) is { } product)
            {
                Log.ListingFound(logger, shop.Marketplace, shop.ShopId, listingSku, product.Id);
                return Published(shop, listingSku, product);
            }
        }

        return null;
    }
}
