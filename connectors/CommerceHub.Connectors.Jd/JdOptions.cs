using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CommerceHub.Connectors.Jd;

/// <summary>The hub's JD app ("Connectors:JD"). Seller tokens never live here: they come from IShopTokenStore.</summary>
public sealed class JdOptions
{
    public const string Section = "Connectors:JD";

    [Required]
    [MinLength(1)]
    public string AppKey { get; set; } = "";

    [Required]
    [MinLength(8)]
    public string AppSecret { get; set; } = "";

    /// <summary>The router (https://api.jd.com/routerjson).</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("https://api.jd.com/routerjson");

    /// <summary>The OAuth host serving /oauth2/access_token and /oauth2/refresh_token ([U], see JdConnectorAssumptions).</summary>
    [Required]
    public Uri OAuthUrl { get; set; } = new("https://open-oauth.jd.com");

    /// <summary>Where the seller consents ([U]).</summary>
    [Required]
    public Uri AuthorizeUrl { get; set; } = new("https://open-oauth.jd.com/oauth2/to_login");

    /// <summary>JD's carrier id sent with jingdong.pop.order.shipment (one carrier per app, see the README's gaps).</summary>
    [Required]
    [MinLength(1)]
    public string LogisticsId { get; set; } = "467";

    /// <summary>Per attempt; the runner retries idempotent calls after a timeout.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Calls per second per app+seller over all hub nodes (JD's quota is unpublished; keep under it).</summary>
    [Range(0.1, 10_000)]
    public double ShopPermitsPerSecond { get; set; } = 20;

    /// <summary>Tighter per-method limits keyed by method name.</summary>
    public Dictionary<string, double> ApiPermitsPerSecond { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Token calls per second for the whole app.</summary>
    [Range(0.1, 10_000)]
    public double AppPermitsPerSecond { get; set; } = 5;

    /// <summary>Orders per jingdong.pop.order.search page (at most 100).</summary>
    [Range(1, 100)]
    public int OrderPageSize { get; set; } = 100;

    /// <summary>SKUs per jingdong.sku.read.searchSkuList page (at most 100).</summary>
    [Range(1, 100)]
    public int SkuPageSize { get; set; } = 100;
}

[OptionsValidator]
public sealed partial class JdOptionsValidator : IValidateOptions<JdOptions>;
