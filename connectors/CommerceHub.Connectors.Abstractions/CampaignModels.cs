namespace CommerceHub.Connectors.Abstractions;

/// <summary>Reports stock that a running platform campaign (flash sale, promotion, campaign lock) holds for itself.</summary>
public interface ILockedStockSource
{
    /// <summary>
    /// True when the quantity the seller sets still counts the locked units and must not go below them (Lazada: the lock
    /// is a floor under the quantity); false when the platform moved the units out of it (Shopee's reserved stock), so the
    /// quantity the seller sets is what is left beside the campaign.
    /// </summary>
    bool LockCountedInStock { get; }

    /// <summary>Streams every listing or variant on which a running campaign holds stock now; paging stays inside the connector.</summary>
    /// <param name="shop">The shop.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>Locked quantities greater than zero.</returns>
    IAsyncEnumerable<LockedStock> ListLockedStockAsync(ShopRef shop, CancellationToken cancellationToken = default);
}

/// <summary>Units a running campaign holds on one listing or variant.</summary>
/// <param name="ExternalItemId">The platform's listing id.</param>
/// <param name="ExternalVariantId">The platform's variant id; null for a listing without variants.</param>
/// <param name="Quantity">Units held by the campaign (more than zero).</param>
public sealed record LockedStock(string ExternalItemId, string? ExternalVariantId, int Quantity);

/// <summary>
/// Publishes through a reviewed request: the platform answers later (Tiki reviews product requests asynchronously).
/// Platforms that create listings at once implement <see cref="ICatalogPublisher"/> instead.
/// </summary>
public interface IListingRequestPublisher
{
    /// <summary>Sends a listing for review. Asking again for a SKU whose earlier request is not rejected returns that request.</summary>
    /// <param name="shop">Target shop.</param>
    /// <param name="listing">The listing and its variants.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The request and its first state.</returns>
    Task<ListingRequest> RequestListingAsync(ShopRef shop, ProductListing listing, CancellationToken cancellationToken = default);

    /// <summary>Reads a request's review state.</summary>
    /// <param name="shop">The shop.</param>
    /// <param name="requestId">From <see cref="ListingRequest.RequestId"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The request; <see cref="ListingRequest.Published"/> is set once approved.</returns>
    Task<ListingRequest> GetListingRequestAsync(ShopRef shop, string requestId, CancellationToken cancellationToken = default);
}

/// <summary>Where a reviewed listing request stands.</summary>
public enum ListingRequestState
{
    /// <summary>Still in review.</summary>
    Pending,

    /// <summary>Approved: the listing exists on the platform.</summary>
    Approved,

    /// <summary>Refused; <see cref="ListingRequest.Reason"/> says why.</summary>
    Rejected,
}

/// <summary>A reviewed listing request.</summary>
/// <param name="RequestId">The platform's id for the request.</param>
/// <param name="State">Pending, approved or rejected.</param>
/// <param name="PlatformState">The platform's own name for the state (for the merchant's view).</param>
/// <param name="Reason">The platform's reason when rejected.</param>
/// <param name="Published">The platform ids once approved; null before.</param>
public sealed record ListingRequest(string RequestId, ListingRequestState State, string PlatformState, string? Reason, PublishedListing? Published);
