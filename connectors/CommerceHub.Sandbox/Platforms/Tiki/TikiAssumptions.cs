using CommerceHub.Sandbox.Core.Tokens;

namespace CommerceHub.Sandbox.Platforms.Tiki;

/// <summary>
/// Every Tiki behaviour the public guides leave open, chosen by the sandbox ([U] in the README). Paths, grants,
/// statuses, product-request states, the event queue contract and integer VND are documented and live elsewhere.
/// </summary>
internal static class TikiAssumptions
{
    /// <summary>The guides name only the token endpoint; the authorize path follows the same OAuth server layout.</summary>
    public const string AuthorizePath = "/sc/oauth2/auth";

    /// <summary>The guides place product creation "under /integration/v2.1"; the exact path is a guess.</summary>
    public const string CreateRequestPath = "/integration/v2.1/requests";

    /// <summary>The guides describe the pull body and answer but not the path.</summary>
    public const string PullPath = "/integration/v1/queues/{code}/events/pull";

    /// <summary>Lifetimes are not published: code 10 min, access 1 h, refresh 30 days; a refresh ends the old access token at once.</summary>
    public static readonly TokenPolicy Tokens = new(
        CodeLifetime: TimeSpan.FromMinutes(10),
        AccessLifetime: TimeSpan.FromHours(1),
        RefreshLifetime: TimeSpan.FromDays(30),
        GraceAfterRefresh: TimeSpan.Zero);

    /// <summary>Scopes granted when the request names none.</summary>
    public const string DefaultScope = "offline product order inventory";

    /// <summary>Dates travel as yyyy-MM-dd HH:mm:ss without a zone; the sandbox reads and writes them as Vietnam time.</summary>
    public static readonly TimeSpan LocalOffset = TimeSpan.FromHours(7);

    /// <summary>How long a product request stays in each state before moving on (sandbox clock); <c>ReviewStepMs</c> overrides it.</summary>
    public static readonly TimeSpan RequestStep = TimeSpan.FromSeconds(30);

    public static TimeSpan ReviewStep(Hosting.PlatformOptions options) =>
        options.ReviewStepMs is { } ms ? TimeSpan.FromMilliseconds(Math.Max(1, ms)) : RequestStep;

    /// <summary>A request with a variant priced below this is rejected at the end of review, with <see cref="LowPriceReason"/>.</summary>
    public const long MinApprovedPrice = 1_000;

    public const string LowPriceReason = "Price is too low for this category";

    /// <summary>Warehouse used when a variant or update names none.</summary>
    public const long DefaultWarehouseId = 1034;

    public const int DefaultPageLimit = 20;

    public const int MaxPageLimit = 100;

    public const int MaxSkusPerBatch = 50;

    /// <summary>Most events one pull returns.</summary>
    public const int EventBatchSize = 10;

    /// <summary>The happy path; processing and waiting_payment come before queueing, where Tiki accepts the order.</summary>
    public static readonly IReadOnlyList<string> HappyPath =
    [
        "waiting_payment", "processing", "queueing", "packaging", "finished_packing", "ready_to_ship",
        "handover_to_partner", "shipping", "successful_delivery", "complete",
    ];

    /// <summary>Off-path moves allowed besides the next happy-path step; canceled and returned give the stock back.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> OffPathMoves = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["waiting_payment"] = ["canceled", "payment_review"],
        ["payment_review"] = ["processing", "canceled"],
        ["processing"] = ["canceled", "holded"],
        ["holded"] = ["queueing", "canceled"],
        ["queueing"] = ["canceled"],
        ["packaging"] = ["canceled"],
        ["finished_packing"] = ["canceled"],
        ["ready_to_ship"] = ["canceled"],
        ["shipping"] = ["returned"],
        ["successful_delivery"] = ["returned"],
        ["complete"] = ["closed"],
    };

    /// <summary>
    /// Drop-ship confirmation: the guides name the call ("confirm enough stock") but not its path or body. The seller
    /// confirms an order in queueing with <c>{seller_inventory_id}</c>; the order moves to packaging and Tiki's carrier
    /// issues a tracking code at once. Any other status is refused (400), an order already past it included.
    /// </summary>
    public const string ConfirmAvailablePath = "/integration/v2/orders/{code}/dropship/confirm-available";

    public const string ConfirmableStatus = "queueing";

    public const string ConfirmedStatus = "packaging";

    /// <summary>The carrier shown on a confirmed drop-ship order (shipping.partner_name), with tracking codes TNSL + 10 digits.</summary>
    public const string CarrierName = "TikiNOW Smart Logistics";

    /// <summary>Events start when an order reaches queueing (ORDER_CREATED_SUCCESSFULLY); earlier moves send nothing.</summary>
    public const string AcceptedStatus = "queueing";

    /// <summary>HTTP statuses and the Seller API error body {data:null, error{code, message, reason, metadata{request_id}}}.</summary>
    public const int Unauthorized = StatusCodes.Status401Unauthorized;

    public const int Forbidden = StatusCodes.Status403Forbidden;

    public const int NotFound = StatusCodes.Status404NotFound;

    public const int BadRequest = StatusCodes.Status400BadRequest;

    public const int TooManyRequests = StatusCodes.Status429TooManyRequests;
}
