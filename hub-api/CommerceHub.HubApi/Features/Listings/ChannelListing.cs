using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceHub.HubApi.Features.Listings;

public enum ListingState
{
    /// <summary>Waiting for its publish job.</summary>
    Pending,

    /// <summary>On the platform, matching the catalog.</summary>
    Live,

    /// <summary>The platform (or the hub's check of the market's rules) refused it; <see cref="ChannelListing.LastError"/> says why.</summary>
    Rejected,

    /// <summary>On the platform, but the last stock or price push failed; the next sync or reconciliation retries.</summary>
    OutOfSync,

    /// <summary>Taken off the platform on the merchant's request.</summary>
    Delisted,
}

/// <summary>One product published (or to be published) to one shop.</summary>
public sealed class ChannelListing : IMerchantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MerchantId { get; set; }

    public Guid ShopConnectionId { get; set; }

    public required string ChannelCode { get; set; }

    public Guid ProductId { get; set; }

    public ListingState State { get; set; } = ListingState.Pending;

    /// <summary>The platform's item id once created; its presence is what makes re-publishing an update, never a second item.</summary>
    public string? ExternalItemId { get; set; }

    /// <summary>The platform's review request while the platform reviews the listing (Tiki); kept after it is decided.</summary>
    public string? ReviewRequestId { get; set; }

    /// <summary>Merchant SKU → the platform's variant id (model, SKU id); empty string for single-SKU items.</summary>
    public Dictionary<string, string> Variants { get; set; } = [];

    /// <summary>The catalog version last sent, so a re-publish of an unchanged product costs no call.</summary>
    public int? PublishedVersion { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class ChannelListingConfiguration : IEntityTypeConfiguration<ChannelListing>
{
    public void Configure(EntityTypeBuilder<ChannelListing> builder)
    {
        builder.ToTable("channel_listings");
        builder.HasIndex(l => new { l.ShopConnectionId, l.ProductId }).IsUnique();
        builder.HasIndex(l => new { l.MerchantId, l.ChannelCode, l.State });
        builder.Property(l => l.ChannelCode).HasMaxLength(64);
        builder.Property(l => l.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.ExternalItemId).HasMaxLength(64);
        builder.Property(l => l.ReviewRequestId).HasMaxLength(64);
        builder.Property(l => l.LastError).HasMaxLength(1000);
        builder.Property(l => l.Variants).AsJson();
    }
}
