using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CommerceHub.Connectors.TikTok;

/// <summary>The hub's TikTok Shop app ("Connectors:TikTok"). Shop tokens and ciphers never live here.</summary>
public sealed class TikTokOptions
{
    public const string Section = "Connectors:TikTok";

    [Required]
    [MinLength(4)]
    public string AppKey { get; set; } = "";

    /// <summary>Used as the UTF-8 string shown in Partner Center.</summary>
    [Required]
    [MinLength(8)]
    public string AppSecret { get; set; } = "";

    [Required]
    public Uri BaseUrl { get; set; } = new("https://open-api.tiktokglobalshop.com/");

    /// <summary>Token calls and the consent link live on the auth host.</summary>
    [Required]
    public Uri AuthBaseUrl { get; set; } = new("https://auth.tiktok-shops.com/");

    /// <summary>Per attempt; the runner retries idempotent calls after a timeout.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>TikTok counts 50 calls per second per API per app+shop; a little under it, as the runtime advises.</summary>
    [Range(0.1, 50)]
    public double ApiPermitsPerSecond { get; set; } = 45;

    /// <summary>Per-API overrides keyed by the route pattern (for example "/product/202309/products/{product_id}/inventory/update").</summary>
    public Dictionary<string, double> ApiOverrides { get; set; } = new(StringComparer.Ordinal);

    /// <summary>All APIs of one shop together; TikTok publishes no such figure, so this only guards against runaway loops.</summary>
    [Range(0.1, 10_000)]
    public double ShopPermitsPerSecond { get; set; } = 500;

    /// <summary>Calls to the token endpoints per second for the whole app.</summary>
    [Range(0.1, 10_000)]
    public double AppPermitsPerSecond { get; set; } = 10;

    /// <summary>Rows per page for order and product searches (TikTok allows 1–100).</summary>
    [Range(1, 100)]
    public int PageSize { get; set; } = 100;
}

[OptionsValidator]
public sealed partial class TikTokOptionsValidator : IValidateOptions<TikTokOptions>;
