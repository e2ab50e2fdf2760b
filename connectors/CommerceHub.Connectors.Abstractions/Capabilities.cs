namespace CommerceHub.Connectors.Abstractions;

/// <summary>Creates, updates and delists listings with their variants.</summary>
public interface ICatalogPublisher
{
    /// <summary>Publishes a new listing. After an unclear failure (5xx, timeout) the connector looks the SKU up before sending again, so one call never creates two listings.</summary>
    /// <param name="shop">Target shop.</param>
    /// <param name="listing">The listing and its variants.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The platform ids of the listing and its variants.</returns>
    Task<PublishedListing> CreateListingAsync(ShopRef shop, ProductListing listing, CancellationToken cancellationToken = default);

    /// <summary>Updates title, description and listed state, and adds variants the platform does not have yet.</summary>
    /// <param name="shop">Target shop.</param>
    /// <param name="externalItemId">The platform's listing id.</param>
    /// <param name="listing">The wanted state.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The platform ids of the listing and all its variants.</returns>
    Task<PublishedListing> UpdateListingAsync(ShopRef shop, string externalItemId, ProductListing listing, CancellationToken cancellationToken = default);

    /// <summary>Hides the listing from buyers (it can be listed again with <see cref="UpdateListingAsync"/>).</summary>
    /// <param name="shop">Target shop.</param>
    /// <param name="externalItemId">The platform's listing id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the platform has accepted it.</returns>
    Task DelistAsync(ShopRef shop, string externalItemId, CancellationToken cancellationToken = default);
}

/// <summary>Pushes stock levels; batched as far as the platform allows.</summary>
public interface IInventorySink
{
    /// <summary>Sets available stock. Absolute values, so a retried call cannot double-count.</summary>
    /// <param name="shop">Target shop.</param>
    /// <param name="updates">Any number of entries; the connector groups and splits them into platform calls.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Accepted count and refused entries.</returns>
    Task<BatchResult> UpdateStockAsync(ShopRef shop, IReadOnlyList<StockUpdate> updates, CancellationToken cancellationToken = default);
}

/// <summary>Pushes prices; batched as far as the platform allows.</summary>
public interface IPriceSink
{
    /// <summary>Sets prices. Amounts the region's currency cannot carry (e.g. VND with decimals) are refused before any call.</summary>
    /// <param name="shop">Target shop.</param>
    /// <param name="updates">Any number of entries.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Accepted count and refused entries.</returns>
    Task<BatchResult> UpdatePricesAsync(ShopRef shop, IReadOnlyList<PriceUpdate> updates, CancellationToken cancellationToken = default);
}

/// <summary>Reads listings back from the platform.</summary>
public interface IItemSource
{
    /// <summary>Streams listings; paging stays inside the connector.</summary>
    /// <param name="shop">The shop.</param>
    /// <param name="query">Filter.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>Listings with their variants.</returns>
    IAsyncEnumerable<MarketplaceItem> ListItemsAsync(ShopRef shop, ItemQuery query, CancellationToken cancellationToken = default);
}

/// <summary>Reads orders incrementally.</summary>
public interface IOrderSource
{
    /// <summary>Streams orders updated in the range with their details; the platform's windows and cursors stay inside the connector.</summary>
    /// <param name="shop">The shop.</param>
    /// <param name="query">The update-time range, any length.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>Orders, each once.</returns>
    IAsyncEnumerable<MarketplaceOrder> ListOrdersAsync(ShopRef shop, OrderQuery query, CancellationToken cancellationToken = default);

    /// <summary>Reads one order; null when the platform does not know it.</summary>
    /// <param name="shop">The shop.</param>
    /// <param name="externalOrderId">The platform's order id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order or null.</returns>
    Task<MarketplaceOrder?> GetOrderAsync(ShopRef shop, string externalOrderId, CancellationToken cancellationToken = default);
}

/// <summary>Reads many orders in one call, where the platform's detail API takes a list of ids.</summary>
public interface IOrderBatchSource
{
    /// <summary>How many ids one platform call takes; callers split larger sets so each chunk can fail on its own.</summary>
    int MaxOrdersPerCall { get; }

    /// <summary>Reads the orders in one platform call; ids the platform does not know are simply absent from the answer.</summary>
    /// <param name="shop">The shop.</param>
    /// <param name="externalOrderIds">At most <see cref="MaxOrdersPerCall"/> of the platform's order ids.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The orders the platform knows.</returns>
    Task<IReadOnlyList<MarketplaceOrder>> GetOrdersAsync(ShopRef shop, IReadOnlyList<string> externalOrderIds, CancellationToken cancellationToken = default);
}

/// <summary>Arranges shipments and reads tracking numbers.</summary>
public interface IShipmentSink
{
    /// <summary>Arranges shipment. Never blindly retried: after an unclear failure the connector checks the order's status first.</summary>
    /// <param name="shop">The shop.</param>
    /// <param name="request">The order and the method.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The acknowledgement, with the tracking number if already issued.</returns>
    Task<ShipmentAck> ArrangeShipmentAsync(ShopRef shop, ShipmentRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads the tracking number; null while the platform has not issued it.</summary>
    /// <param name="shop">The shop.</param>
    /// <param name="externalOrderId">The order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tracking number or null.</returns>
    Task<string?> GetTrackingNumberAsync(ShopRef shop, string externalOrderId, CancellationToken cancellationToken = default);
}

/// <summary>Verifies and parses the platform's pushes (webhooks). Pure: no I/O, so receivers can answer at once.</summary>
public interface IPushReceiver
{
    /// <summary>Checks the push's signature over the raw body.</summary>
    /// <param name="push">The request as received.</param>
    /// <returns>True when the platform signed it.</returns>
    bool Verify(InboundPush push);

    /// <summary>Parses a verified push.</summary>
    /// <param name="push">The request as received.</param>
    /// <returns>The parsed push.</returns>
    /// <exception cref="MarketplaceValidationException">The body is not a push this platform sends.</exception>
    MarketplacePush Parse(InboundPush push);
}

/// <summary>The pull variant of <see cref="IPushReceiver"/>, for platforms that queue events for the app to fetch (Tiki).</summary>
public interface IEventFeed
{
    /// <summary>Fetches the next events; call <see cref="AcknowledgeAsync"/> once they are stored.</summary>
    /// <param name="shop">The shop.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Events and the platform's acknowledgement id for them.</returns>
    Task<EventBatch> PullAsync(ShopRef shop, CancellationToken cancellationToken = default);

    /// <summary>Tells the platform the batch is consumed.</summary>
    /// <param name="shop">The shop.</param>
    /// <param name="ackId">From <see cref="EventBatch.AckId"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when acknowledged.</returns>
    Task AcknowledgeAsync(ShopRef shop, string ackId, CancellationToken cancellationToken = default);
}

/// <summary>Events from <see cref="IEventFeed.PullAsync"/>.</summary>
/// <param name="Events">The events, oldest first.</param>
/// <param name="AckId">Acknowledgement id; null when the batch is empty.</param>
public sealed record EventBatch(IReadOnlyList<MarketplacePush> Events, string? AckId);
