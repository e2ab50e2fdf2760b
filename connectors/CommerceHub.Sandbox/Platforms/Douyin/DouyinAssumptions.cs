using CommerceHub.Sandbox.Core.Tokens;

namespace CommerceHub.Sandbox.Platforms.Douyin;

/// <summary>
/// Every Douyin Shop behaviour the sandbox had to guess ([U] in the README). Documented or read from SDKs: POST to the
/// method path, the system parameters, both sign methods, param_json sorted and compact, the envelope
/// {code, msg, sub_code, sub_msg, log_id, data}, the code table and the event-sign push signature.
/// </summary>
internal static class DouyinAssumptions
{
    /// <summary>No published tolerance; ten minutes either way.</summary>
    public static readonly TimeSpan TimestampTolerance = TimeSpan.FromMinutes(10);

    /// <summary>Calls without sign_method are checked as md5, the older default.</summary>
    public const string DefaultSignMethod = "md5";

    /// <summary>The code lives 10 minutes (from the code table's message); access 7 days, refresh 14 days and single-use, the old access token ends one hour after a refresh.</summary>
    public static readonly TokenPolicy Tokens = new(
        CodeLifetime: TimeSpan.FromMinutes(10),
        AccessLifetime: TimeSpan.FromDays(7),
        RefreshLifetime: TimeSpan.FromDays(14),
        GraceAfterRefresh: TimeSpan.FromHours(1));

    /// <summary>order.searchList: page 0-based, size 1–100, a time window of at most 7 days, and no more than 10,000 rows reachable by paging.</summary>
    public const int MaxPageSize = 100;

    public static readonly TimeSpan MaxSearchWindow = TimeSpan.FromDays(7);

    public const int MaxReachableRows = 10_000;

    /// <summary>product.listV2 pages from 1; sku.syncStockBatch takes at most 50 SKUs of one product.</summary>
    public const int MaxBatchSkus = 50;

    /// <summary>
    /// Status codes (the spec's [U] list): 1 unpaid, 105 paid, 2 awaiting shipment, 3 shipped, 4 cancelled, 5 completed.
    /// Orders arrive paid and waiting for shipment; logisticsAdd moves 2 to 3.
    /// </summary>
    public static readonly IReadOnlyList<string> HappyPath = ["2", "3", "5"];

    public static readonly IReadOnlyDictionary<string, string[]> OffPathMoves = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["1"] = ["105", "4"],
        ["105"] = ["2", "4"],
        ["2"] = ["4"],
    };

    public static readonly IReadOnlyDictionary<string, string> StatusText = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["1"] = "待支付",
        ["105"] = "已支付",
        ["2"] = "备货中",
        ["3"] = "已发货",
        ["4"] = "已取消",
        ["5"] = "已完成",
    };

    /// <summary>Push tags per new status: 101 paid, 102 shipped, 103 completed, 106 cancelled; 100 for anything else.</summary>
    public static int PushTag(string status) => status switch
    {
        "2" or "105" => 101,
        "3" => 102,
        "5" => 103,
        "4" => 106,
        _ => 100,
    };

    /// <summary>Injected server errors answer HTTP 500 with code 20000; every other answer is HTTP 200.</summary>
    public const int FaultHttpStatus = StatusCodes.Status500InternalServerError;
}
