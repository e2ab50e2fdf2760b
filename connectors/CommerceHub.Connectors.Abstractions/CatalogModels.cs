namespace CommerceHub.Connectors.Abstractions;

/// <summary>A product as the hub wants it listed: one listing with zero or more variants.</summary>
public sealed record ProductListing
{
    /// <summary>The hub's SKU for the listing; connectors use it to find a listing they may already have created.</summary>
    public required string Sku { get; init; }

    /// <summary>Title shown to buyers.</summary>
    public required string Title { get; init; }

    /// <summary>Plain-text description.</summary>
    public required string Description { get; init; }

    /// <summary>The platform's category id.</summary>
    public required string CategoryId { get; init; }

    /// <summary>Price of the listing when it has no variants (and the reference price when it has).</summary>
    public required Money Price { get; init; }

    /// <summary>Stock of the listing when it has no variants.</summary>
    public int Stock { get; init; }

    /// <summary>Parcel weight in kilograms.</summary>
    public decimal WeightKg { get; init; }

    /// <summary>Images already uploaded to the platform.</summary>
    public IReadOnlyList<string> ImageIds { get; init; } = [];

    /// <summary>Variation axes in order, for example ["Color", "Size"]; platforms allow one or two.</summary>
    public IReadOnlyList<string> VariationNames { get; init; } = [];

    /// <summary>The variants; empty for a single-SKU listing.</summary>
    public IReadOnlyList<ProductVariant> Variants { get; init; } = [];

    /// <summary>Whether the listing is created or left delisted (hidden from buyers).</summary>
    public bool Listed { get; init; } = true;
}

/// <summary>One sellable variant of a listing.</summary>
/// <param name="Sku">The hub's SKU.</param>
/// <param name="Options">One option per <see cref="ProductListing.VariationNames"/> entry, in the same order.</param>
/// <param name="Price">Price of this variant.</param>
/// <param name="Stock">Available stock.</param>
public sealed record ProductVariant(string Sku, IReadOnlyList<string> Options, Money Price, int Stock);

/// <summary>What the platform assigned to a published listing.</summary>
/// <param name="Shop">The shop it was published in.</param>
/// <param name="ExternalItemId">The platform's listing id.</param>
/// <param name="Sku">The hub's SKU of the listing.</param>
/// <param name="Variants">The platform's id for each variant SKU.</param>
public sealed record PublishedListing(ShopRef Shop, string ExternalItemId, string Sku, IReadOnlyList<PublishedVariant> Variants);

/// <summary>The platform's id for one variant.</summary>
/// <param name="Sku">The hub's SKU.</param>
/// <param name="ExternalVariantId">The platform's variant (model, SKU) id.</param>
public sealed record PublishedVariant(string Sku, string ExternalVariantId);

/// <summary>Status of a listing on the platform.</summary>
public enum ListingStatus
{
    /// <summary>Visible and buyable.</summary>
    Listed,

    /// <summary>Hidden by the seller.</summary>
    Delisted,

    /// <summary>Waiting for the platform's review.</summary>
    InReview,

    /// <summary>Banned or blocked by the platform.</summary>
    Banned,

    /// <summary>Deleted.</summary>
    Deleted,
}

/// <summary>A listing as read back from the platform.</summary>
public sealed record MarketplaceItem
{
    /// <summary>The shop holding the listing.</summary>
    public required ShopRef Shop { get; init; }

    /// <summary>The platform's listing id.</summary>
    public required string ExternalItemId { get; init; }

    /// <summary>The listing's SKU as stored on the platform (may be empty).</summary>
    public required string Sku { get; init; }

    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>Listing status.</summary>
    public required ListingStatus Status { get; init; }

    /// <summary>Last change on the platform.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Price when the listing has no variants.</summary>
    public Money? Price { get; init; }

    /// <summary>Available stock when the listing has no variants.</summary>
    public int? Stock { get; init; }

    /// <summary>Variants with their own price and stock.</summary>
    public IReadOnlyList<MarketplaceVariant> Variants { get; init; } = [];
}

/// <summary>A variant as read back from the platform.</summary>
/// <param name="ExternalVariantId">The platform's variant id.</param>
/// <param name="Sku">The variant's SKU on the platform.</param>
/// <param name="Price">Current price.</param>
/// <param name="Stock">Available stock.</param>
public sealed record MarketplaceVariant(string ExternalVariantId, string Sku, Money Price, int Stock);

/// <summary>Filter for <see cref="IItemSource.ListItemsAsync"/>.</summary>
/// <param name="UpdatedFrom">Only listings changed at or after this time; null for all.</param>
/// <param name="IncludeDelisted">Also return delisted listings.</param>
public sealed record ItemQuery(DateTimeOffset? UpdatedFrom = null, bool IncludeDelisted = true);

/// <summary>New stock for one listing or variant.</summary>
/// <param name="ExternalItemId">The platform's listing id.</param>
/// <param name="ExternalVariantId">The platform's variant id; null for a listing without variants.</param>
/// <param name="Quantity">Available stock to set (absolute, not a delta, so a repeated call is harmless).</param>
public sealed record StockUpdate(string ExternalItemId, string? ExternalVariantId, int Quantity);

/// <summary>New price for one listing or variant.</summary>
/// <param name="ExternalItemId">The platform's listing id.</param>
/// <param name="ExternalVariantId">The platform's variant id; null for a listing without variants.</param>
/// <param name="Price">The price to set.</param>
public sealed record PriceUpdate(string ExternalItemId, string? ExternalVariantId, Money Price);

/// <summary>Outcome of a batched stock or price update: the platform may accept some entries and refuse others.</summary>
/// <param name="Succeeded">Entries the platform accepted.</param>
/// <param name="Failures">Entries it refused, with its reason.</param>
public sealed record BatchResult(int Succeeded, IReadOnlyList<BatchFailure> Failures);

/// <summary>One refused entry of a batch.</summary>
/// <param name="ExternalItemId">The listing id.</param>
/// <param name="ExternalVariantId">The variant id, if any.</param>
/// <param name="Reason">The platform's reason.</param>
public sealed record BatchFailure(string ExternalItemId, string? ExternalVariantId, string Reason);
