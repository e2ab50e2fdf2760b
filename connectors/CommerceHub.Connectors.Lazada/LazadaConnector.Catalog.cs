using System.Globalization;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Lazada.Dtos;

namespace CommerceHub.Connectors.Lazada;

public sealed partial class LazadaConnector
{
    private const string Active = "active";
    private const string Inactive = "inactive";

    /// <summary>
    /// /product/create is not idempotent: after an unclear failure the listing's seller SKUs are looked up before
    /// sending again, so one call never creates two products.
    /// </summary>
    public async Task<PublishedListing> CreateListingAsync(ShopRef shop, ProductListing listing, CancellationToken cancellationToken = default)
    {
        Check(shop);
        var payload = Payload(null, listing, Skus(shop, listing, existing: new Dictionary<string, ProductSkuDto>(StringComparer.Ordinal)));
        var created = await runner.RunCheckedAsync(
            shop,
            Call(shop, LazadaClient.CreateProductPath, idempotent: false),
            async (token, ct) =>
            {
                var response = await client.CreateProductAsync(token, payload, ct);
                Log.ListingCreated(logger, shop.Marketplace, shop.ShopId, response.ItemId, listing.Sku, response.SkuList?.Count ?? 0);
                return new PublishedListing(shop, Text(response.ItemId), listing.Sku, [.. (response.SkuList ?? []).Select(s => new PublishedVariant(s.SellerSku, Text(s.SkuId)))]);
            },
            async ct =>
            {
                var found = await FindAsync(shop, listing, ct);
                if (found is not null)
                {
                    Log.ListingFound(logger, shop.Marketplace, shop.ShopId, listing.Sku, found.ExternalItemId);
                }

                return found;
            },
            cancellationToken);
        return created;
    }

    /// <summary>Title, description and listed state; new variants are added with their price and stock, existing ones keep theirs.</summary>
    public async Task<PublishedListing> UpdateListingAsync(ShopRef shop, string externalItemId, ProductListing listing, CancellationToken cancellationToken = default)
    {
        Check(shop);
        var itemId = Id(externalItemId, nameof(externalItemId));
        var product = await ProductAsync(shop, itemId, SellerSkus(listing), cancellationToken)
            ?? throw new MarketplaceNotFoundException(new MarketplaceError(Marketplace.Lazada, null, "207", null, null), $"Lazada product {externalItemId} not found.");
        var existing = (product.Skus ?? []).ToDictionary(s => s.SellerSku, StringComparer.Ordinal);
        var payload = Payload(externalItemId, listing, Skus(shop, listing, existing));

        // Setting the same title, status and SKUs again changes nothing, so the update may be repeated.
        await RunAsync(shop, LazadaClient.UpdateProductPath, idempotent: true, (token, ct) => client.UpdateProductAsync(token, payload, ct), cancellationToken);
        var updated = await ProductAsync(shop, itemId, SellerSkus(listing), cancellationToken) ?? product;
        return Published(shop, listing.Sku, updated);
    }

    /// <summary>Sets every SKU of the product inactive.</summary>
    public async Task DelistAsync(ShopRef shop, string externalItemId, CancellationToken cancellationToken = default)
    {
        Check(shop);
        var itemId = Id(externalItemId, nameof(externalItemId));
        var product = await ProductAsync(shop, itemId, null, cancellationToken)
            ?? throw new MarketplaceNotFoundException(new MarketplaceError(Marketplace.Lazada, null, "207", null, null), $"Lazada product {externalItemId} not found.");
        var skus = (product.Skus ?? []).Select(s => new SkuInputDto(SkuId: Text(s.SkuId), Status: Inactive)).ToList();
        var payload = new PayloadDto(new RequestDto(new ProductInputDto(externalItemId, null, null, null, new SkusDto(skus))));
        await RunAsync(shop, LazadaClient.UpdateProductPath, idempotent: true, (token, ct) => client.UpdateProductAsync(token, payload, ct), cancellationToken);
    }

    private static PayloadDto Payload(string? itemId, ProductListing listing, IReadOnlyList<SkuInputDto> skus) =>
        new(new RequestDto(new ProductInputDto(
            itemId,
            listing.CategoryId,
            listing.ImageIds.Count > 0 ? new ImagesDto(listing.ImageIds) : null,
            new AttributesDto(listing.Title, listing.Description),
            new SkusDto(skus))));

    /// <summary>Existing SKUs get only their status; new ones their price, stock, weight and variation options.</summary>
    private List<SkuInputDto> Skus(ShopRef shop, ProductListing listing, Dictionary<string, ProductSkuDto> existing)
    {
        var currency = Currency(shop);
        var status = listing.Listed ? Active : Inactive;
        var weight = listing.WeightKg > 0 ? listing.WeightKg.ToString(CultureInfo.InvariantCulture) : null;
        List<(string Sku, Money Price, int Stock, IReadOnlyDictionary<string, string>? Options)> wanted = listing.Variants.Count > 0
            ? [.. listing.Variants.Select(v => (v.Sku, v.Price, v.Stock, (IReadOnlyDictionary<string, string>?)SaleProps(listing, v)))]
            : [(listing.Sku, listing.Price, listing.Stock, null)];
        return [.. wanted.Select(w => existing.TryGetValue(w.Sku, out var sku)
            ? new SkuInputDto(SkuId: Text(sku.SkuId), Status: status)
            : new SkuInputDto(
                SellerSku: w.Sku,
                Status: status,
                Quantity: w.Stock.ToString(CultureInfo.InvariantCulture),
                Price: LazadaPrices.ToWire(w.Price, currency),
                PackageWeight: weight,
                SaleProp: w.Options))];
    }

    private static Dictionary<string, string>? SaleProps(ProductListing listing, ProductVariant variant)
    {
        if (listing.VariationNames.Count != variant.Options.Count)
        {
            throw LazadaErrors.Client("client.variation", $"Variant {variant.Sku} needs one option per variation name ({listing.VariationNames.Count}).");
        }

        return listing.VariationNames.Count == 0
            ? null
            : listing.VariationNames.Zip(variant.Options).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }

    private static List<string> SellerSkus(ProductListing listing) =>
        listing.Variants.Count > 0 ? [.. listing.Variants.Select(v => v.Sku)] : [listing.Sku];

    /// <summary>The product holding any of the listing's seller SKUs, if one exists.</summary>
    private async Task<PublishedListing?> FindAsync(ShopRef shop, ProductListing listing, CancellationToken ct)
    {
        await foreach (var product in ProductsAsync(shop, "all", null, SellerSkus(listing), ct))
        {
            return Published(shop, listing.Sku, product);
        }

        return null;
    }

    /// <summary>A product by id: searched by its seller SKUs when known, else through the whole catalog.</summary>
    private async Task<ProductDto?> ProductAsync(ShopRef shop, long itemId, IReadOnlyList<string>? sellerSkus, CancellationToken ct)
    {
        await foreach (var product in ProductsAsync(shop, "all", null, sellerSkus, ct))
        {
            if (product.ItemId == itemId)
            {
                return product;
            }
        }

        return sellerSkus is null ? null : await ProductAsync(shop, itemId, null, ct);
    }

    private static PublishedListing Published(ShopRef shop, string sku, ProductDto product) =>
        new(shop, Text(product.ItemId), sku, [.. (product.Skus ?? []).Select(s => new PublishedVariant(s.SellerSku, Text(s.SkuId)))]);
}
