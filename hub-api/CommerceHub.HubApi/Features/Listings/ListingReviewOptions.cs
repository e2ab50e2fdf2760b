using System.ComponentModel.DataAnnotations;

namespace CommerceHub.HubApi.Features.Listings;

/// <summary>How often a listing under a platform's review (Tiki) is polled.</summary>
public sealed class ListingReviewOptions
{
    public const string Section = "Listings:Review";

    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);
}
