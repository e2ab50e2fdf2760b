namespace CommerceHub.Connectors.Douyin;

/// <summary>
/// What the connector assumes where the public facts are thin (platform-apis.md marks them [U]); every other file takes
/// these values from here. Documented or read from SDKs: the sign, param_json rules, the envelope and codes, the
/// token calls, the method names and the event-sign push signature.
/// </summary>
internal static class DouyinAssumptions
{
    /// <summary>The service market's authorization page for tool apps.</summary>
    public const string AuthorizeUrl = "https://fuwu.jinritemai.com/authorize";

    /// <summary>The longest time range order.searchList accepts; not published, so kept short.</summary>
    public static readonly TimeSpan OrderWindow = TimeSpan.FromDays(7);

    /// <summary>SKUs per sku.syncStockBatch call.</summary>
    public const int StockBatch = 50;

    /// <summary>order.logisticsAdd parameters: order_id, company_code and logistics_code (the tracking number).</summary>
    public const string DefaultCompanyCode = "zhongtong";

    /// <summary>Order message tags (100 created, 101 paid, 102 shipped, 103 completed, 106 cancelled, and the after-sale ones); others arrive as Other.</summary>
    public static readonly IReadOnlySet<string> OrderPushTags = new HashSet<string>(StringComparer.Ordinal) { "100", "101", "102", "103", "104", "105", "106", "108", "110" };

    /// <summary>Status codes read by <see cref="DouyinStatuses"/>: 1 unpaid, 105 paid, 2 awaiting shipment, 101 partly shipped, 3 shipped, 4 cancelled, 5 completed.</summary>
    public const int AwaitingShipment = 2;
}
