using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CommerceHub.Connectors.Douyin;

/// <summary>The hub's Douyin Shop app ("Connectors:Douyin"). Shop tokens never live here.</summary>
public sealed class DouyinOptions
{
    public const string Section = "Connectors:Douyin";

    /// <summary>The 19-digit app_key from the open platform console.</summary>
    [Required]
    [RegularExpression("^[0-9]{19}$")]
    public string AppKey { get; set; } = "";

    /// <summary>Used as the UTF-8 string shown in the console.</summary>
    [Required]
    [MinLength(8)]
    public string AppSecret { get; set; } = "";

    [Required]
    [RegularExpression("^(md5|hmac-sha256)$")]
    public string SignMethod { get; set; } = DouyinSigner.HmacSha256;

    [Required]
    public Uri BaseUrl { get; set; } = new("https://openapi-fxg.jinritemai.com/");

    /// <summary>The service market's authorization page for tool apps; where it lives is not documented in the spec.</summary>
    [Required]
    public Uri AuthorizeUrl { get; set; } = new(DouyinAssumptions.AuthorizeUrl);

    /// <summary>The app's service id in the service market, sent on the authorization link.</summary>
    public string ServiceId { get; set; } = "";

    /// <summary>The logistics company code sent with order.logisticsAdd (the hub's shipment request carries no carrier).</summary>
    [Required]
    [MinLength(2)]
    public string LogisticsCompanyCode { get; set; } = DouyinAssumptions.DefaultCompanyCode;

    /// <summary>Per attempt; the runner retries idempotent calls after a timeout.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>All calls of one app+shop; Douyin publishes QPS per API only in its console, so this is a cautious default.</summary>
    [Range(0.1, 10_000)]
    public double ShopPermitsPerSecond { get; set; } = 45;

    /// <summary>Tighter per-method limits keyed by method name (for example "sku.syncStockBatch").</summary>
    public Dictionary<string, double> PerMethod { get; set; } = new(StringComparer.Ordinal);

    /// <summary>token.create and token.refresh per second for the whole app.</summary>
    [Range(0.1, 10_000)]
    public double AppPermitsPerSecond { get; set; } = 10;

    /// <summary>Rows per order.searchList and product.listV2 page (1–100).</summary>
    [Range(1, 100)]
    public int PageSize { get; set; } = 100;

    /// <summary>The longest order.searchList time range; longer ranges are split. The platform's own limit is not published.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan MaxOrderWindow { get; set; } = DouyinAssumptions.OrderWindow;

    /// <summary>SKUs per sku.syncStockBatch call.</summary>
    [Range(1, 100)]
    public int MaxStockBatch { get; set; } = DouyinAssumptions.StockBatch;
}

[OptionsValidator]
public sealed partial class DouyinOptionsValidator : IValidateOptions<DouyinOptions>;
