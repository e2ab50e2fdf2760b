using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CommerceHub.Connectors.Shopee;

/// <summary>The hub's Shopee app ("Connectors:Shopee"). Shop tokens never live here: they come from IShopTokenStore.</summary>
public sealed class ShopeeOptions
{
    public const string Section = "Connectors:Shopee";

    [Range(1, long.MaxValue)]
    public long PartnerId { get; set; }

    /// <summary>Used as the UTF-8 string shown in the console, never hex-decoded.</summary>
    [Required]
    [MinLength(8)]
    public string PartnerKey { get; set; } = "";

    [Required]
    public Uri BaseUrl { get; set; } = new("https://partner.shopeemobile.com/");

    /// <summary>Per attempt; the runner retries idempotent calls after a timeout.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Calls per second per shop, over all hub nodes. Shopee publishes no figure; keep it under what the app was granted.</summary>
    [Range(0.1, 10_000)]
    public double ShopPermitsPerSecond { get; set; } = 10;

    /// <summary>Tighter per-API limits, keyed by path (for example "/api/v2/product/update_stock").</summary>
    public Dictionary<string, double> ApiPermitsPerSecond { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Calls to the token and push endpoints per second for the whole app.</summary>
    [Range(0.1, 10_000)]
    public double AppPermitsPerSecond { get; set; } = 10;
}

[OptionsValidator]
public sealed partial class ShopeeOptionsValidator : IValidateOptions<ShopeeOptions>;
