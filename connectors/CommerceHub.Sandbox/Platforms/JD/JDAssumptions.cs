using CommerceHub.Sandbox.Core.Tokens;

namespace CommerceHub.Sandbox.Platforms.JD;

/// <summary>
/// Every JD behaviour the sandbox had to guess ([U] in the README). Documented: the /routerjson gateway, the system
/// parameters, the MD5 sign, the ±6 min window in GMT+8 and jingdong.pop.order.search/get with their parameters.
/// </summary>
internal static class JDAssumptions
{
    /// <summary>The G6 note leaves these out of the sign, so the sandbox never signs them even when they are sent.</summary>
    public static readonly IReadOnlySet<string> UnsignedParameters = new HashSet<string>(StringComparer.Ordinal) { "sign", "format", "sign_method" };

    /// <summary>OAuth endpoints, answering like open-oauth.jd.com: the legacy host is documented, these paths are not.</summary>
    public const string TokenPath = "/oauth2/access_token";

    public const string RefreshPath = "/oauth2/refresh_token";

    /// <summary>Tokens follow the seller's purchase period; the sandbox uses 30 days (access) and 1 year (refresh), old access ends at refresh.</summary>
    public static readonly TokenPolicy Tokens = new(
        CodeLifetime: TimeSpan.FromMinutes(10),
        AccessLifetime: TimeSpan.FromDays(30),
        RefreshLifetime: TimeSpan.FromDays(365),
        GraceAfterRefresh: TimeSpan.Zero);

    /// <summary>Write methods the sandbox names for stock, price and shipment.</summary>
    public const string UpdateStockMethod = "jingdong.stock.write.updateSkuStock";

    public const string UpdatePriceMethod = "jingdong.price.write.updateSkuJdPrice";

    public const string ShipmentMethod = "jingdong.pop.order.shipment";

    /// <summary>The seller's SKUs, paged: page{data[], pageNo, pageSize, totalItem}, pageSize at most 100, by skuId.</summary>
    public const string SearchSkuMethod = "jingdong.sku.read.searchSkuList";

    /// <summary>jingdong.pop.order.search: page_size 1–100 and a start/end window of at most 30 days.</summary>
    public const int MaxPageSize = 100;

    public static readonly TimeSpan MaxSearchWindow = TimeSpan.FromDays(30);

    /// <summary>date_type "0" filters on the modified time; anything else (the default) on the order start time.</summary>
    public const string DateTypeModified = "0";

    /// <summary>Orders appear paid and wait for stock-out; shipment moves them to WAIT_GOODS_RECEIVE_CONFIRM.</summary>
    public static readonly IReadOnlyList<string> HappyPath = ["WAIT_SELLER_STOCK_OUT", "WAIT_GOODS_RECEIVE_CONFIRM", "FINISHED_L"];

    /// <summary>Off-path moves; TRADE_CANCELED gives the stock back, LOCKED pauses an order until it is unlocked.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> OffPathMoves = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["WAIT_SELLER_STOCK_OUT"] = ["TRADE_CANCELED", "LOCKED"],
        ["LOCKED"] = ["WAIT_SELLER_STOCK_OUT", "TRADE_CANCELED"],
    };

    /// <summary>Chinese remarks shown next to each state.</summary>
    public static readonly IReadOnlyDictionary<string, string> StateRemarks = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["WAIT_SELLER_STOCK_OUT"] = "等待出库",
        ["WAIT_GOODS_RECEIVE_CONFIRM"] = "等待确认收货",
        ["FINISHED_L"] = "完成",
        ["TRADE_CANCELED"] = "已取消",
        ["LOCKED"] = "已锁定",
    };

    /// <summary>Every answer, error or not, is HTTP 200; clients read error_response or apiResult.success.</summary>
    public const int HttpStatus = StatusCodes.Status200OK;
}
