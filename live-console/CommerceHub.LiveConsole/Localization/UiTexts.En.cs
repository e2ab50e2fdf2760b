namespace CommerceHub.LiveConsole.Localization;

public static partial class UiTexts
{
    public static UiText En => field ??= new()
    {
        Code = "en", LanguageName = "English", AppTitle = "Live console", SignIn = "Sign in", SignOut = "Sign out",
        Email = "E-mail", Password = "Password", WrongCredentials = "The e-mail address or the password is wrong.",
        HubUnreachable = "The hub cannot be reached. Try again in a moment.",
        NotAHost = "This console is for a merchant's hosts, admins and warehouse staff.",
        Language = "Language", Sessions = "Live sessions", NoSessions = "No sessions yet.", NewSession = "New session",
        SessionTitle = "Title", Channels = "Channels", Lineup = "Lineup", Create = "Create", Open = "Open",
        Start = "Go live", End = "End session", Scheduled = "Scheduled", Live = "Live", Ended = "Ended",
        Remaining = "Left", Sold = "Sold", Revenue = "Revenue", RevenueCny = "Revenue in CNY", SoldOut = "Sold out",
        LowStock = "Low stock", Pin = "Pin", Pinned = "Pinned", FlashSale = "Flash sale", StartFlashSale = "Start flash sale",
        CountdownSeconds = "Countdown (s)", DurationMinutes = "Duration (min)", StartsIn = "Starts in", EndsIn = "Ends in",
        FlashSaleOver = "Flash sale over", Orders = "Orders", NoOrdersYet = "No orders yet.", Alerts = "Alerts",
        NoAlerts = "No alerts.", AlertLow = "{0} is running low: {1} left", AlertSoldOut = "{0} is sold out on every channel", AlertSaleSoldOut = "Flash sale of {0} sold out: {1} left at the regular price",
        AlertRefused = "An order for {0} on {1} could not be reserved", SalesOverTime = "Sales over the session",
        OverlayLink = "Overlay link for OBS", Back = "Back", Loading = "Loading…", Connected = "Live",
        Reconnecting = "Reconnecting…", Disconnected = "Disconnected", ActionFailed = "The hub refused: {0}",
        NotFound = "Not found.", Price = "Price", OverlayExpired = "This overlay link is invalid or expired.",
        Currency = "Currency", Refused = "Refused", MinutesShort = "min",
        Summary = "Session summary", ViewSummary = "See the summary", UnitsSold = "Units sold", RefusedOrders = "Orders refused",
        SoldPerProduct = "Sold per product", SoldPerChannel = "Sold per channel", BestMinutes = "Best minutes",
        Product = "Product", Channel = "Channel", Units = "Units", Minute = "Minute",
        NoSales = "Nothing was sold in this session.",
        Board = BoardTexts.En,
    };
}
