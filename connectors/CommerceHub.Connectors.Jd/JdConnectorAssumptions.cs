namespace CommerceHub.Connectors.Jd;

/// <summary>
/// Every JD behaviour this connector relies on that platform-apis.md §5 marks [U], in one place so a correction from
/// the real platform is a one-line change: the OAuth paths and answers, the stock/price/SKU/shipment method names,
/// the order states and search limits, and the gateway error codes (JD's code table is not public).
/// </summary>
internal static class JdConnectorAssumptions
{
    public const string TokenPath = "/oauth2/access_token";
    public const string RefreshPath = "/oauth2/refresh_token";

    public const string UpdateStock = "jingdong.stock.write.updateSkuStock";
    public const string UpdatePrice = "jingdong.price.write.updateSkuJdPrice";
    public const string SearchSkus = "jingdong.sku.read.searchSkuList";
    public const string Shipment = "jingdong.pop.order.shipment";

    /// <summary>order_state is required by jingdong.pop.order.search; these are the states a POP order moves through.</summary>
    public const string AllStates = "WAIT_SELLER_STOCK_OUT,WAIT_GOODS_RECEIVE_CONFIRM,FINISHED_L,TRADE_CANCELED,LOCKED";

    /// <summary>date_type 0 filters start_date/end_date on the modified time.</summary>
    public const string ByModified = "0";

    /// <summary>A search window may span at most 30 days.</summary>
    public static readonly TimeSpan MaxSearchWindow = TimeSpan.FromDays(30);

    /// <summary>Gateway codes: 18 call limit, 19 token, 11/14/15 credentials, 1 service down, 13/16/17 request errors.</summary>
    public const string CallLimited = "18";
    public const string InvalidToken = "19";

    /// <summary>How long to wait after a call-limit answer (JD names no duration).</summary>
    public static readonly TimeSpan CallLimitPause = TimeSpan.FromSeconds(1);

    /// <summary>The OAuth endpoints answer {code, msg}: 401 bad app credentials, 402 code or refresh token refused.</summary>
    public const int OAuthBadClient = 401;
    public const int OAuthBadGrant = 402;
}
