using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.Tiki;

/// <summary>
/// A Tiki product request: creation is reviewed asynchronously (queuing → processing → md_waiting_approve →
/// bot_waiting_approve → awaiting_approve → approved or rejected), and each variant becomes a product of its own.
/// </summary>
/// <param name="Shop">The seller.</param>
/// <param name="TrackId">Tiki's id for the request; poll it with <see cref="TikiConnector.GetProductRequestAsync"/>.</param>
/// <param name="State">Tiki's state.</param>
/// <param name="Reason">Why it was rejected, when it was.</param>
/// <param name="Products">The product id of each variant SKU, once approved.</param>
public sealed record TikiProductRequest(ShopRef Shop, string TrackId, string State, string? Reason, IReadOnlyList<PublishedVariant> Products)
{
    public const string ApprovedState = "approved";
    public const string RejectedState = "rejected";

    /// <summary>Approved: <see cref="Products"/> holds the ids.</summary>
    public bool Approved => State == ApprovedState;

    /// <summary>Rejected: the listing must be fixed and requested again.</summary>
    public bool Rejected => State == RejectedState;

    /// <summary>Still under review.</summary>
    public bool Pending => !Approved && !Rejected;
}
