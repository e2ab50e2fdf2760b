namespace CommerceHub.Connectors.Abstractions;

/// <summary>The hub's order status; each connector maps its platform's statuses onto these.</summary>
public enum OrderStatus
{
    /// <summary>Placed but not paid (or not yet confirmed for cash on delivery).</summary>
    Unpaid,

    /// <summary>Paid and waiting for the seller to arrange shipment.</summary>
    ReadyToShip,

    /// <summary>Shipment arranged; waiting for pickup.</summary>
    Processed,

    /// <summary>Handed to the carrier.</summary>
    Shipped,

    /// <summary>Delivered, waiting for the buyer's confirmation.</summary>
    Delivered,

    /// <summary>Done.</summary>
    Completed,

    /// <summary>The buyer asked to cancel; the seller must answer.</summary>
    CancelRequested,

    /// <summary>Cancelled.</summary>
    Cancelled,

    /// <summary>Being returned or refunded.</summary>
    Returning,

    /// <summary>A status the connector does not know; see <see cref="MarketplaceOrder.PlatformStatus"/>.</summary>
    Unknown,
}

/// <summary>An order with its lines, read from the platform.</summary>
public sealed record MarketplaceOrder
{
    /// <summary>The shop that sold it.</summary>
    public required ShopRef Shop { get; init; }

    /// <summary>The platform's order id.</summary>
    public required string ExternalOrderId { get; init; }

    /// <summary>The hub's status.</summary>
    public required OrderStatus Status { get; init; }

    /// <summary>The platform's own status text, kept for support and for statuses the hub does not model.</summary>
    public required string PlatformStatus { get; init; }

    /// <summary>What the buyer pays.</summary>
    public required Money Total { get; init; }

    /// <summary>When the buyer placed it.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last change on the platform; use it with <see cref="ExternalOrderId"/> and <see cref="Status"/> to drop stale updates.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When it was paid, if it was.</summary>
    public DateTimeOffset? PaidAt { get; init; }

    /// <summary>Latest time the seller must ship.</summary>
    public DateTimeOffset? ShipBy { get; init; }

    /// <summary>Cash on delivery.</summary>
    public bool CashOnDelivery { get; init; }

    /// <summary>The order lines.</summary>
    public IReadOnlyList<OrderLine> Lines { get; init; } = [];

    /// <summary>Where it goes; platforms mask parts of it.</summary>
    public ShippingAddress? ShippingAddress { get; init; }

    /// <summary>Carrier tracking number once the shipment is arranged.</summary>
    public string? TrackingNumber { get; init; }
}

/// <summary>One line of an order.</summary>
/// <param name="ExternalItemId">The platform's listing id.</param>
/// <param name="ExternalVariantId">The platform's variant id, if the listing has variants.</param>
/// <param name="Sku">The SKU as stored on the platform (variant SKU first, else listing SKU).</param>
/// <param name="Title">Listing title, with the variant's options when there are any.</param>
/// <param name="Quantity">Units bought.</param>
/// <param name="UnitPrice">Price paid per unit.</param>
public sealed record OrderLine(string ExternalItemId, string? ExternalVariantId, string Sku, string Title, int Quantity, Money UnitPrice);

/// <summary>A delivery address as the platform gives it.</summary>
/// <param name="Name">Recipient.</param>
/// <param name="Phone">Phone, often masked.</param>
/// <param name="Line">Full address text.</param>
/// <param name="District">District.</param>
/// <param name="City">City.</param>
/// <param name="State">State or province.</param>
/// <param name="Region">ISO 3166 alpha-2 region.</param>
/// <param name="PostalCode">Postal code.</param>
public sealed record ShippingAddress(string Name, string Phone, string Line, string District, string City, string State, string Region, string PostalCode);

/// <summary>Filter for <see cref="IOrderSource.ListOrdersAsync"/>: orders updated in [<paramref name="UpdatedFrom"/>, <paramref name="UpdatedTo"/>].</summary>
/// <param name="UpdatedFrom">Start of the range (inclusive). The connector splits long ranges into the platform's windows.</param>
/// <param name="UpdatedTo">End of the range (inclusive).</param>
public sealed record OrderQuery(DateTimeOffset UpdatedFrom, DateTimeOffset UpdatedTo);

/// <summary>How the parcel reaches the carrier.</summary>
public enum ShipmentMethod
{
    /// <summary>The carrier picks it up from the seller's address.</summary>
    Pickup,

    /// <summary>The seller drops it at a carrier branch.</summary>
    Dropoff,

    /// <summary>The seller ships with its own carrier and supplies the tracking number.</summary>
    SellerCarrier,
}

/// <summary>A request to arrange shipment of an order.</summary>
/// <param name="ExternalOrderId">The platform's order id.</param>
/// <param name="Method">Pickup, drop-off or the seller's own carrier.</param>
/// <param name="TrackingNumber">Required for <see cref="ShipmentMethod.SellerCarrier"/>; otherwise the platform issues one.</param>
public sealed record ShipmentRequest(string ExternalOrderId, ShipmentMethod Method, string? TrackingNumber = null);

/// <summary>The platform's answer to a shipment request.</summary>
/// <param name="ExternalOrderId">The order.</param>
/// <param name="TrackingNumber">The tracking number if already known (platforms may issue it later).</param>
/// <param name="AlreadyArranged">True when the shipment had been arranged before this call (a retried or repeated request).</param>
public sealed record ShipmentAck(string ExternalOrderId, string? TrackingNumber, bool AlreadyArranged);
