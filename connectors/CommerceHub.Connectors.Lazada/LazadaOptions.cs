using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CommerceHub.Connectors.Lazada;

/// <summary>The hub's Lazada app ("Connectors:Lazada"). Shop tokens never live here: they come from IShopTokenStore.</summary>
public sealed class LazadaOptions
{
    public const string Section = "Connectors:Lazada";

    [Required]
    [MinLength(1)]
    public string AppKey { get; set; } = "";

    /// <summary>Used as the UTF-8 string shown in the console.</summary>
    [Required]
    [MinLength(8)]
    public string AppSecret { get; set; } = "";

    /// <summary>The country's API host including "/rest" (for example https://api.lazada.vn/rest).</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("https://api.lazada.vn/rest");

    /// <summary>Token calls; the same for every country.</summary>
    [Required]
    public Uri AuthUrl { get; set; } = new("https://auth.lazada.com/rest");

    /// <summary>Where the seller consents (the /oauth/authorize page's host).</summary>
    [Required]
    public Uri AuthorizeUrl { get; set; } = new("https://auth.lazada.com/oauth/authorize");

    /// <summary>ISO 3166 region of the shops this app serves (decides the currency); per-shop overrides in <see cref="ShopRegions"/>.</summary>
    [Required]
    [RegularExpression("^(VN|TH|MY|SG|PH|ID)$")]
    public string Region { get; set; } = "VN";

    /// <summary>Region per seller id, for an app serving several countries.</summary>
    public Dictionary<string, string> ShopRegions { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Per attempt; the runner retries idempotent calls after a timeout.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Calls per second per app+seller over all hub nodes; Lazada bans the pair for 1 s above its limit.</summary>
    [Range(0.1, 10_000)]
    public double ShopPermitsPerSecond { get; set; } = 45;

    /// <summary>Tighter per-API limits keyed by path without "/rest" (inventory APIs allow 50/s per seller).</summary>
    public Dictionary<string, double> ApiPermitsPerSecond { get; set; } = new(StringComparer.Ordinal)
    {
        ["/product/price_quantity/update"] = 45,
    };

    /// <summary>Token calls per second for the whole app.</summary>
    [Range(0.1, 10_000)]
    public double AppPermitsPerSecond { get; set; } = 10;

    /// <summary>SKUs per /product/price_quantity/update call: Lazada recommends 20 and refuses more than 50.</summary>
    [Range(1, 50)]
    public int SkusPerCall { get; set; } = 20;

    /// <summary>Orders per /orders/get page (at most 100).</summary>
    [Range(1, 100)]
    public int OrderPageSize { get; set; } = 100;
}

[OptionsValidator]
public sealed partial class LazadaOptionsValidator : IValidateOptions<LazadaOptions>;
