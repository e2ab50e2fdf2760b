using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.Tiki;

/// <summary>
/// Publishing for the hub: Tiki creates products only through reviewed requests, so the hub asks for one and polls
/// it. Once approved, every variant SKU is a Tiki product of its own: the listing's variants map each SKU to its
/// product id, and the first product stands for the listing.
/// </summary>
public sealed partial class TikiConnector : IListingRequestPublisher
{
    public async Task<ListingRequest> RequestListingAsync(ShopRef shop, ProductListing listing, CancellationToken cancellationToken = default) =>
        ToListingRequest(await RequestProductAsync(shop, listing, cancellationToken));

    public async Task<ListingRequest> GetListingRequestAsync(ShopRef shop, string requestId, CancellationToken cancellationToken = default) =>
        ToListingRequest(await GetProductRequestAsync(shop, requestId, cancellationToken));

    private static ListingRequest ToListingRequest(TikiProductRequest request)
    {
        if (request.Approved && request.Products.Count > 0)
        {
            var first = request.Products[0];
            var published = new PublishedListing(request.Shop, first.ExternalVariantId, first.Sku, request.Products);
            return new ListingRequest(request.TrackId, ListingRequestState.Approved, request.State, null, published);
        }

        // An approval without products would leave nothing to sync: treat it as still in review until they appear.
        return request.Rejected
            ? new ListingRequest(request.TrackId, ListingRequestState.Rejected, request.State, request.Reason ?? "Rejected by Tiki's review.", null)
            : new ListingRequest(request.TrackId, ListingRequestState.Pending, request.State, null, null);
    }
}
