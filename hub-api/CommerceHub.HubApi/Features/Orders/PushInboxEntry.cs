using CommerceHub.Connectors.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceHub.HubApi.Features.Orders;

/// <summary>
/// A verified push exactly as received, stored before it is answered so that nothing the platform sent is lost if
/// the node dies; <see cref="InboxDrain"/> processes it afterwards in batches. Not merchant-owned: the shop is only
/// known once it is parsed.
/// </summary>
public sealed class PushInboxEntry
{
    public long Id { get; set; }

    public Marketplace Marketplace { get; set; }

    /// <summary>The URL the platform called, as the signature covers it.</summary>
    public required string CallbackUrl { get; set; }

    public required string RawBody { get; set; }

    /// <summary>The request headers as JSON (signatures travel in headers).</summary>
    public required string Headers { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>Set once the push passed the duplicate gate, so a retry does not take its own first pass for a duplicate.</summary>
    public bool Admitted { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    /// <summary>The drain pass holding the row; another pass takes it only after <see cref="ClaimedUntil"/> (its node died).</summary>
    public Guid? ClaimToken { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }

    /// <summary>Failed passes so far (the platform's detail call failed); the row waits until <see cref="NextAttemptAt"/>.</summary>
    public int Attempts { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>What processing concluded (imported, duplicate, stale, ignored and why), or the last failure while retrying.</summary>
    public string? Outcome { get; set; }
}

internal sealed class PushInboxEntryConfiguration : IEntityTypeConfiguration<PushInboxEntry>
{
    public void Configure(EntityTypeBuilder<PushInboxEntry> builder)
    {
        builder.ToTable("order_push_inbox");
        builder.Property(p => p.Marketplace).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.CallbackUrl).HasMaxLength(2000);
        builder.Property(p => p.Outcome).HasMaxLength(500);
        // The drain reads the oldest pending rows.
        builder.HasIndex(p => new { p.ProcessedAt, p.Id });
        builder.HasIndex(p => p.ClaimToken);
    }
}
