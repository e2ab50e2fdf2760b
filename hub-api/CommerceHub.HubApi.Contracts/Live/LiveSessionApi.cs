namespace CommerceHub.HubApi.Contracts.Live;

/// <summary>The REST routes of live sessions (all need the Host or MerchantAdmin role).</summary>
public static class LiveRoutes
{
    /// <summary>POST schedules (<see cref="ScheduleLiveSessionRequest"/>), GET lists (?status=&amp;page=&amp;pageSize=).</summary>
    public const string Sessions = "/api/live-sessions";

    /// <summary>GET one session (<see cref="LiveSessionView"/>).</summary>
    public static string Session(Guid id) => $"{Sessions}/{id}";

    /// <summary>PUT replaces the lineup (<see cref="SetLineupRequest"/>) while the session is not ended.</summary>
    public static string Lineup(Guid id) => $"{Sessions}/{id}/lineup";

    /// <summary>POST starts a scheduled session.</summary>
    public static string Start(Guid id) => $"{Sessions}/{id}/start";

    /// <summary>POST ends a live session (and its flash sale).</summary>
    public static string End(Guid id) => $"{Sessions}/{id}/end";

    /// <summary>GET the current state (<see cref="LiveSessionState"/>), the same as JoinSession returns.</summary>
    public static string State(Guid id) => $"{Sessions}/{id}/state";

    /// <summary>POST pins a product (<see cref="PinProductRequest"/>), as the hub method does.</summary>
    public static string Pin(Guid id) => $"{Sessions}/{id}/pin";

    /// <summary>POST starts a flash sale (<see cref="StartFlashSaleRequest"/>), as the hub method does.</summary>
    public static string FlashSales(Guid id) => $"{Sessions}/{id}/flash-sales";

    /// <summary>POST ends a flash sale now.</summary>
    public static string EndFlashSale(Guid id, Guid flashSaleId) => $"{Sessions}/{id}/flash-sales/{flashSaleId}/end";

    /// <summary>GET the session's summary (<see cref="LiveSessionSummary"/>): final once ended, running totals before.</summary>
    public static string Summary(Guid id) => $"{Sessions}/{id}/summary";
}

/// <summary>One product to put in a lineup.</summary>
/// <param name="Sku">A SKU of the merchant's catalog.</param>
/// <param name="LivePrice">Price on stream in the session's currency (more than 0); null takes the catalog CNY price,
/// which is allowed only when the session's currency is CNY.</param>
public sealed record LineupEntry(string Sku, decimal? LivePrice);

/// <summary>Schedules a live session.</summary>
/// <param name="Title">Shown to the host (1–200 characters).</param>
/// <param name="ScheduledStart">When the stream is planned to start.</param>
/// <param name="Currency">ISO 4217 code of the stream's prices (e.g. CNY, VND, RUB, KZT).</param>
/// <param name="Channels">1–10 codes of the merchant's enabled sales channels.</param>
/// <param name="Lineup">0–200 products, each at most once.</param>
public sealed record ScheduleLiveSessionRequest(
    string Title,
    DateTimeOffset ScheduledStart,
    string Currency,
    IReadOnlyList<string> Channels,
    IReadOnlyList<LineupEntry> Lineup);

/// <summary>Replaces a session's lineup.</summary>
/// <param name="Lineup">0–200 products, each at most once.</param>
public sealed record SetLineupRequest(IReadOnlyList<LineupEntry> Lineup);

/// <summary>Pins a product over REST.</summary>
/// <param name="Sku">A lineup SKU, or null to unpin.</param>
public sealed record PinProductRequest(string? Sku);

/// <summary>A live session as scheduled and where it stands.</summary>
/// <param name="Id">The session's id.</param>
/// <param name="MerchantId">The merchant that owns it.</param>
/// <param name="Title">The session's title.</param>
/// <param name="Status">Scheduled, Live or Ended.</param>
/// <param name="Currency">ISO 4217 code of the stream's prices.</param>
/// <param name="ScheduledStart">When it was planned to start.</param>
/// <param name="StartedAt">When it started, once it has.</param>
/// <param name="EndedAt">When it ended, once it has.</param>
/// <param name="Channels">The channels it streams on.</param>
/// <param name="Lineup">The products, in order.</param>
/// <param name="PinnedSku">The pinned SKU, if any.</param>
public sealed record LiveSessionView(
    Guid Id,
    Guid MerchantId,
    string Title,
    LiveSessionStatus Status,
    string Currency,
    DateTimeOffset ScheduledStart,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    IReadOnlyList<LiveChannel> Channels,
    IReadOnlyList<LineupItem> Lineup,
    string? PinnedSku);

/// <summary>Sales of one product during a session.</summary>
/// <param name="Sku">The merchant SKU.</param>
/// <param name="Units">Units sold.</param>
/// <param name="RevenueCny">Revenue in CNY.</param>
/// <param name="PerChannel">Units sold per channel code.</param>
public sealed record ProductSales(string Sku, long Units, decimal RevenueCny, IReadOnlyDictionary<string, long> PerChannel);

/// <summary>Sales on one channel during a session.</summary>
/// <param name="Channel">The sales-channel code.</param>
/// <param name="Orders">Orders imported.</param>
/// <param name="Units">Lineup units sold.</param>
/// <param name="Revenue">Revenue per currency.</param>
/// <param name="RevenueCny">Revenue in CNY.</param>
public sealed record ChannelSales(string Channel, long Orders, long Units, IReadOnlyList<MoneyAmount> Revenue, decimal RevenueCny);

/// <summary>Sales in one minute of the session (the best minutes first in a summary).</summary>
/// <param name="Minute">The start of the minute (UTC).</param>
/// <param name="Orders">Orders imported in it.</param>
/// <param name="Units">Lineup units sold in it.</param>
/// <param name="RevenueCny">Revenue in CNY in it.</param>
public sealed record MinuteSales(DateTimeOffset Minute, long Orders, long Units, decimal RevenueCny);

/// <summary>A session's results.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Title">Its title.</param>
/// <param name="Status">Live (running totals) or Ended (final).</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="EndedAt">When it ended, if it has.</param>
/// <param name="Orders">Orders imported on its channels while it ran, with a lineup SKU.</param>
/// <param name="UnitsSold">Lineup units sold.</param>
/// <param name="ReservationsRefused">Orders whose stock could not be reserved.</param>
/// <param name="Revenue">Revenue per currency.</param>
/// <param name="RevenueCny">Revenue in CNY.</param>
/// <param name="Products">Per product, best first.</param>
/// <param name="Channels">Per channel, best first.</param>
/// <param name="BestMinutes">Up to 5 minutes with the most revenue, best first.</param>
/// <param name="SalesPerMinute">Every minute with sales, in time order (for the chart).</param>
public sealed record LiveSessionSummary(
    Guid SessionId,
    string Title,
    LiveSessionStatus Status,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    long Orders,
    long UnitsSold,
    long ReservationsRefused,
    IReadOnlyList<MoneyAmount> Revenue,
    decimal RevenueCny,
    IReadOnlyList<ProductSales> Products,
    IReadOnlyList<ChannelSales> Channels,
    IReadOnlyList<MinuteSales> BestMinutes,
    IReadOnlyList<MinuteSales> SalesPerMinute);
