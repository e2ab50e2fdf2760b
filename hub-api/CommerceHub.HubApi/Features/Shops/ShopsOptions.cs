using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CommerceHub.HubApi.Features.Shops;

public sealed class ShopsOptions
{
    public const string Section = "Shops";

    /// <summary>The address platforms redirect sellers back to and send pushes to.</summary>
    [Required]
    public Uri PublicBaseUrl { get; set; } = new("http://127.0.0.1:5080");

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan AuthorizationLinkLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Tokens expiring within this window are refreshed by the recurring job (which runs every 5 minutes).</summary>
    [Range(typeof(TimeSpan), "00:10:00", "1.00:00:00")]
    public TimeSpan RefreshAhead { get; set; } = TimeSpan.FromMinutes(30);
}

[OptionsValidator]
public sealed partial class ShopsOptionsValidator : IValidateOptions<ShopsOptions>;
