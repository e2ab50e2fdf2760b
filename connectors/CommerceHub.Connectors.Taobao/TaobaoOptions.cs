using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CommerceHub.Connectors.Taobao;

/// <summary>The hub's Taobao/Tmall app ("Connectors:Taobao"). Seller sessions never live here: they come from IShopTokenStore.</summary>
public sealed class TaobaoOptions
{
    public const string Section = "Connectors:Taobao";

    [Required]
    [MinLength(1)]
    public string AppKey { get; set; } = "";

    [Required]
    [MinLength(8)]
    public string AppSecret { get; set; } = "";

    /// <summary>The router (https://eco.taobao.com/router/rest or gw.api.taobao.com/router/rest).</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("https://eco.taobao.com/router/rest");

    /// <summary>The OAuth token endpoint.</summary>
    [Required]
    public Uri TokenUrl { get; set; } = new("https://oauth.taobao.com/token");

    /// <summary>Where the seller consents.</summary>
    [Required]
    public Uri AuthorizeUrl { get; set; } = new("https://oauth.taobao.com/authorize");

    /// <summary>md5, hmac or hmac-sha256.</summary>
    [Required]
    [RegularExpression("^(md5|hmac|hmac-sha256)$")]
    public string SignMethod { get; set; } = TaobaoSigner.HmacSha256;

    /// <summary>The carrier code sent with taobao.logistics.offline.send (one carrier per app, see the README's gaps).</summary>
    [Required]
    [MinLength(1)]
    public string LogisticsCompanyCode { get; set; } = "ZTO";

    /// <summary>Per attempt; the runner retries idempotent calls after a timeout.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Calls per second per app+seller over all hub nodes (TOP's quota is per app and unpublished; keep under it).</summary>
    [Range(0.1, 10_000)]
    public double ShopPermitsPerSecond { get; set; } = 20;

    /// <summary>Tighter per-method limits keyed by method name.</summary>
    public Dictionary<string, double> ApiPermitsPerSecond { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Token calls per second for the whole app.</summary>
    [Range(0.1, 10_000)]
    public double AppPermitsPerSecond { get; set; } = 5;

    /// <summary>Trades per taobao.trades.sold.increment.get page (at most 100).</summary>
    [Range(1, 100)]
    public int OrderPageSize { get; set; } = 100;

    /// <summary>Items per taobao.items.onsale.get / inventory.get page (at most 100).</summary>
    [Range(1, 100)]
    public int ItemPageSize { get; set; } = 100;
}

[OptionsValidator]
public sealed partial class TaobaoOptionsValidator : IValidateOptions<TaobaoOptions>;
