namespace CommerceHub.LiveConsole.Localization;

/// <summary>
/// Every text of the console in one language. Members are required, so a language that misses one does not compile.
/// Texts with a {0} are format strings.
/// </summary>
public sealed record UiText
{
    public required string Code { get; init; }
    public required string LanguageName { get; init; }
    public required string AppTitle { get; init; }
    public required string SignIn { get; init; }
    public required string SignOut { get; init; }
    public required string Email { get; init; }
    public required string Password { get; init; }
    public required string WrongCredentials { get; init; }
    public required string HubUnreachable { get; init; }
    public required string NotAHost { get; init; }
    public required string Language { get; init; }
    public required string Sessions { get; init; }
    public required string NoSessions { get; init; }
    public required string NewSession { get; init; }
    public required string SessionTitle { get; init; }
    public required string Channels { get; init; }
    public required string Lineup { get; init; }
    public required string Create { get; init; }
    public required string Open { get; init; }
    public required string Start { get; init; }
    public required string End { get; init; }
    public required string Scheduled { get; init; }
    public required string Live { get; init; }
    public required string Ended { get; init; }
    public required string Remaining { get; init; }
    public required string Sold { get; init; }
    public required string Revenue { get; init; }
    public required string RevenueCny { get; init; }
    public required string SoldOut { get; init; }
    public required string LowStock { get; init; }
    public required string Pin { get; init; }
    public required string Pinned { get; init; }
    public required string FlashSale { get; init; }
    public required string StartFlashSale { get; init; }
    public required string CountdownSeconds { get; init; }
    public required string DurationMinutes { get; init; }
    public required string StartsIn { get; init; }
    public required string EndsIn { get; init; }
    public required string FlashSaleOver { get; init; }
    public required string Orders { get; init; }
    public required string NoOrdersYet { get; init; }
    public required string Alerts { get; init; }
    public required string NoAlerts { get; init; }
    public required string AlertLow { get; init; }
    public required string AlertSoldOut { get; init; }
    public required string AlertRefused { get; init; }

    /// <summary>A flash sale's own units are gone; {1} is what the pool still sells at the regular price.</summary>
    public required string AlertSaleSoldOut { get; init; }
    public required string SalesOverTime { get; init; }
    public required string OverlayLink { get; init; }
    public required string Back { get; init; }
    public required string Loading { get; init; }
    public required string Connected { get; init; }
    public required string Reconnecting { get; init; }
    public required string Disconnected { get; init; }
    public required string ActionFailed { get; init; }
    public required string NotFound { get; init; }
    public required string Price { get; init; }
    public required string OverlayExpired { get; init; }
    public required string Currency { get; init; }
    public required string Refused { get; init; }
    public required string MinutesShort { get; init; }
    public required string Summary { get; init; }
    public required string ViewSummary { get; init; }
    public required string UnitsSold { get; init; }
    public required string RefusedOrders { get; init; }
    public required string SoldPerProduct { get; init; }
    public required string SoldPerChannel { get; init; }
    public required string BestMinutes { get; init; }
    public required string Product { get; init; }
    public required string Channel { get; init; }
    public required string Units { get; init; }
    public required string Minute { get; init; }
    public required string NoSales { get; init; }
    public required BoardText Board { get; init; }
}
