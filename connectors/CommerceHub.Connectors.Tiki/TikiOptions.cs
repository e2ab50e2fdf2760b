using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CommerceHub.Connectors.Tiki;

/// <summary>The hub's Tiki app ("Connectors:Tiki"). Seller tokens never live here: they come from IShopTokenStore.</summary>
public sealed class TikiOptions
{
    public const string Section = "Connectors:Tiki";

    /// <summary>OAuth 2.0 client id of the app.</summary>
    [Required]
    [MinLength(1)]
    public string ClientId { get; set; } = "";

    /// <summary>OAuth 2.0 client secret; sent with HTTP Basic to the token endpoint only.</summary>
    [Required]
    [MinLength(8)]
    public string ClientSecret { get; set; } = "";

    [Required]
    public Uri BaseUrl { get; set; } = new("https://api.tiki.vn/");

    /// <summary>
    /// The hub's callback as registered with Tiki. RFC 6749 §4.1.3 wants it repeated in the code exchange when the
    /// authorization link carried it; left out of the exchange when not set.
    /// </summary>
    public Uri? RedirectUri { get; set; }

    /// <summary>Scopes asked for on the authorization link.</summary>
    [Required]
    public string Scope { get; set; } = "offline product order inventory";

    /// <summary>Name given to the per-seller event queues this app creates.</summary>
    [Required]
    [MinLength(1)]
    public string QueueName { get; set; } = "commercehub";

    /// <summary>The seller warehouse whose quantity stock updates set (Tiki keeps stock per warehouse).</summary>
    [Range(1, long.MaxValue)]
    public long WarehouseId { get; set; } = 1034;

    /// <summary>Per attempt; the runner retries idempotent calls after a timeout.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Calls per second per seller, over all hub nodes. Tiki publishes no figure; stay under what the app was granted.</summary>
    [Range(0.1, 10_000)]
    public double ShopPermitsPerSecond { get; set; } = 10;

    /// <summary>Tighter per-API limits, keyed by path (for example "/integration/v2.1/products/updateSkus").</summary>
    public Dictionary<string, double> ApiPermitsPerSecond { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Calls to the token endpoint per second for the whole app.</summary>
    [Range(0.1, 10_000)]
    public double AppPermitsPerSecond { get; set; } = 10;
}

[OptionsValidator]
public sealed partial class TikiOptionsValidator : IValidateOptions<TikiOptions>;
