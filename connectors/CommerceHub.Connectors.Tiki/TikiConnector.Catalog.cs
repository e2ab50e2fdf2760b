using System.Globalization;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Tiki.Dtos;
using StackExchange.Redis;

namespace CommerceHub.Connectors.Tiki;

/// <summary>
/// Product creation. Tiki reviews new products asynchronously and offers no idempotency key nor a request search, so
/// the create call is never repeated blindly: after a 5xx or timeout the caller gets the error and the SKU is not sent
/// again by this call. A request that was accepted is remembered per SKU, so asking again returns it instead of
/// sending a second one (until it is rejected).
/// </summary>
public sealed partial class TikiConnector
{
    private static readonly TimeSpan RequestMemory = TimeSpan.FromDays(30);

    /// <summary>Sends a product request (one product per variant) and returns its first state.</summary>
    public async Task<TikiProductRequest> RequestProductAsync(ShopRef shop, ProductListing listing, CancellationToken cancellationToken = default)
    {
        Check(shop);
        var body = ToRequest(listing); // refuses fractional or non-VND prices before any call
        if ((string?)await redis.StringGetAsync(RequestKey(shop, listing.Sku)) is { } earlier)
        {
            var known = await GetProductRequestAsync(shop, earlier, cancellationToken);
            if (!known.Rejected)
            {
                Log.ProductRequestFound(logger, shop.Marketplace, shop.ShopId, listing.Sku, earlier);
                return known;
            }
        }

        var created = await RunAsync(shop, TikiClient.CreateRequestPath, idempotent: false, (token, ct) => client.CreateProductRequestAsync(token, body, ct), cancellationToken);
        await redis.StringSetAsync(RequestKey(shop, listing.Sku), created.TrackId, RequestMemory);
        Log.ProductRequested(logger, shop.Marketplace, shop.ShopId, created.TrackId, listing.Sku, body.Variants.Count);
        return new TikiProductRequest(shop, created.TrackId, created.State ?? "queuing", created.Reason, []);
    }

    /// <summary>Polls a product request; once approved it carries the product id of every variant SKU.</summary>
    public async Task<TikiProductRequest> GetProductRequestAsync(ShopRef shop, string trackId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(trackId);
        var request = await RunAsync(shop, TikiClient.RequestPath, idempotent: true, (token, ct) => client.GetProductRequestAsync(token, trackId, ct), cancellationToken);
        var products = (request.Products ?? []).Select(p => new PublishedVariant(p.OriginalSku ?? p.Sku ?? "", Text(p.ProductId))).ToList();
        return new TikiProductRequest(shop, request.TrackId, request.State, request.Reason, products);
    }

    private CreateProductRequest ToRequest(ProductListing listing)
    {
        if (!long.TryParse(listing.CategoryId, NumberStyles.None, CultureInfo.InvariantCulture, out var category))
        {
            throw TikiErrors.Client("client.category", $"'{listing.CategoryId}' is not a Tiki category id.");
        }

        var warehouse = client.Options.WarehouseId;
        var seller = Text(warehouse);
        var variants = listing.Variants.Count == 0
            ? [new VariantInputDto(listing.Sku, TikiPrices.ToWire(listing.Price), null, null, seller, [new WarehouseQuantityDto(warehouse, listing.Stock)])]
            : listing.Variants.Select(v => new VariantInputDto(
                v.Sku, TikiPrices.ToWire(v.Price), v.Options.ElementAtOrDefault(0), v.Options.ElementAtOrDefault(1), seller, [new WarehouseQuantityDto(warehouse, v.Stock)])).ToList();
        return new CreateProductRequest(
            category,
            listing.Title,
            listing.Description,
            listing.ImageIds.Count > 0 ? listing.ImageIds : null,
            listing.VariationNames.Count > 0 ? listing.VariationNames : null,
            variants);
    }

    private RedisKey RequestKey(ShopRef shop, string sku) => $"conn:tiki:request:{client.Options.ClientId}:{shop.ShopId}:{sku}";
}
