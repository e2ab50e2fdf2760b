using CommerceHub.HubApi.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceHub.HubApi.Features.Campaigns;

public enum CampaignLockState
{
    /// <summary>The platform still shows the units locked; the ledger reservation holds them.</summary>
    Open,

    /// <summary>The lock ended (or shrank away); what it still held went back to the pool.</summary>
    Ended,
}

/// <summary>
/// Units a platform campaign locks on one SKU of one shop, held in the ledger by a campaign reservation for the shop's
/// channel, so no other channel can sell them. A lock that grows gets a further tranche (a reservation cannot grow);
/// one that shrinks gives units back from its newest tranches.
/// </summary>
public sealed class CampaignLock : IMerchantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MerchantId { get; set; }

    public Guid ShopConnectionId { get; set; }

    public required string ChannelCode { get; set; }

    public required string Sku { get; set; }

    /// <summary>Units of the platform's lock this tranche stands for (orders inside the campaign draw them down in the ledger only).</summary>
    public int Quantity { get; set; }

    /// <summary>Whether the platform counts the locked units in the quantity the hub sets (see ILockedStockSource).</summary>
    public bool CountedInStock { get; set; }

    public CampaignLockState State { get; set; } = CampaignLockState.Open;

    /// <summary>When the pool could not cover the whole lock, why (the lock is still respected on the platform).</summary>
    public string? Note { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>The ledger reservation; derived from the id, so a retried sync reserves once.</summary>
    public string ReservationId => $"cmp-{Id:N}";
}

internal sealed class CampaignLockConfiguration : IEntityTypeConfiguration<CampaignLock>
{
    public void Configure(EntityTypeBuilder<CampaignLock> builder)
    {
        builder.ToTable("campaign_locks");
        builder.HasIndex(l => new { l.ShopConnectionId, l.State });
        builder.HasIndex(l => new { l.MerchantId, l.ChannelCode, l.State });
        builder.Ignore(l => l.ReservationId);
        builder.Property(l => l.ChannelCode).HasMaxLength(64);
        builder.Property(l => l.Sku).HasMaxLength(100);
        builder.Property(l => l.State).HasConversion<string>().HasMaxLength(10);
        builder.Property(l => l.Note).HasMaxLength(500);
    }
}
