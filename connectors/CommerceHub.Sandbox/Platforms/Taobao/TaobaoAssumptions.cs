using CommerceHub.Sandbox.Core.Tokens;

namespace CommerceHub.Sandbox.Platforms.Taobao;

/// <summary>
/// Every Taobao behaviour the sandbox had to guess ([U] in the README). Documented or read from SDKs: /router/rest,
/// the system parameters, the md5/hmac/hmac-sha256 signs, the trade APIs' windows and sort order, and the statuses.
/// </summary>
internal static class TaobaoAssumptions
{
    /// <summary>The OAuth token endpoint, answering like oauth.taobao.com/token; consent codes come from /__admin/auth/code.</summary>
    public const string TokenPath = "/token";

    /// <summary>Session 1 day, refresh token 30 days, code 10 min; a refresh ends the old session at once.</summary>
    public static readonly TokenPolicy Tokens = new(
        CodeLifetime: TimeSpan.FromMinutes(10),
        AccessLifetime: TimeSpan.FromDays(1),
        RefreshLifetime: TimeSpan.FromDays(30),
        GraceAfterRefresh: TimeSpan.Zero);

    /// <summary>Allowed clock difference of the timestamp parameter.</summary>
    public static readonly TimeSpan TimestampTolerance = TimeSpan.FromMinutes(10);

    /// <summary>Only JSON answers are modelled; format=xml is refused as an invalid format.</summary>
    public const string Format = "json";

    public const int DefaultPageSize = 40;

    public const int MaxPageSize = 100;

    /// <summary>An empty page leaves out the "trades" key entirely, as TOP does for empty lists.</summary>
    public const bool OmitEmptyLists = true;

    /// <summary>Stock is taken when the buyer places the order (not at payment) and returned when the trade closes.</summary>
    public static readonly IReadOnlyList<string> HappyPath = ["WAIT_BUYER_PAY", "WAIT_SELLER_SEND_GOODS", "WAIT_BUYER_CONFIRM_GOODS", "TRADE_FINISHED"];

    public static readonly IReadOnlyDictionary<string, string[]> OffPathMoves = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["WAIT_BUYER_PAY"] = ["TRADE_CLOSED_BY_TAOBAO"],
        ["WAIT_SELLER_SEND_GOODS"] = ["TRADE_CLOSED", "SELLER_CONSIGNED_PART"],
        ["SELLER_CONSIGNED_PART"] = ["WAIT_BUYER_CONFIRM_GOODS"],
        ["WAIT_BUYER_CONFIRM_GOODS"] = ["TRADE_CLOSED", "TRADE_BUYER_SIGNED"],
        ["TRADE_BUYER_SIGNED"] = ["TRADE_FINISHED"],
    };

    /// <summary>Business failures are code 15 with these sub codes.</summary>
    public const string InvalidParameterSubCode = "isv.invalid-parameter";

    public const string TradeNotExistSubCode = "isv.trade-not-exist";

    public const string ItemNotExistSubCode = "isv.item-not-exist";

    public const string OfflineSendSubCode = "isv.logistics-offline-service-error";

    /// <summary>Every answer is HTTP 200, errors included; clients read error_response.</summary>
    public const int HttpStatus = StatusCodes.Status200OK;
}
