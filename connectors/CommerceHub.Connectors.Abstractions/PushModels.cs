namespace CommerceHub.Connectors.Abstractions;

/// <summary>A push (webhook) request exactly as received: verification needs the raw body, never a re-serialized one.</summary>
/// <param name="CallbackUrl">The URL the platform called, exactly as registered with it.</param>
/// <param name="RawBody">The body as received.</param>
/// <param name="Headers">Request headers (case-insensitive names).</param>
public sealed record InboundPush(Uri CallbackUrl, string RawBody, IReadOnlyDictionary<string, string> Headers);

/// <summary>What a push is about.</summary>
public enum PushKind
{
    /// <summary>An order changed status.</summary>
    OrderStatusChanged,

    /// <summary>A tracking number became available.</summary>
    TrackingNumberAssigned,

    /// <summary>A seller authorized the app.</summary>
    ShopAuthorized,

    /// <summary>A seller cancelled the authorization.</summary>
    AuthorizationRevoked,

    /// <summary>The authorization will expire soon; ask the seller to authorize again.</summary>
    AuthorizationExpiring,

    /// <summary>Anything else; see <see cref="MarketplacePush.PlatformCode"/>.</summary>
    Other,
}

/// <summary>A verified, parsed push. Pushes arrive at least once and out of order: deduplicate on <see cref="DedupKey"/>.</summary>
public sealed record MarketplacePush
{
    /// <summary>The shop it concerns, if any.</summary>
    public required ShopRef? Shop { get; init; }

    /// <summary>What it is about.</summary>
    public required PushKind Kind { get; init; }

    /// <summary>The platform's message type.</summary>
    public required string PlatformCode { get; init; }

    /// <summary>When the change happened on the platform (not when it was sent).</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>Same value for the same event however often it is delivered.</summary>
    public required string DedupKey { get; init; }

    /// <summary>The order, for order pushes.</summary>
    public string? ExternalOrderId { get; init; }

    /// <summary>The order's new platform status, for order pushes.</summary>
    public string? PlatformStatus { get; init; }

    /// <summary>The hub's status for <see cref="PlatformStatus"/>.</summary>
    public OrderStatus? Status { get; init; }
}
