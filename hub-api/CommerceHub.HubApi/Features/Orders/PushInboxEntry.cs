using CommerceHub.Connectors.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceHub.HubApi.Features.Orders;

/// <summary>
/// A verified push exactly as received, stored before it is answered so that nothing the platform sent is lost if
/// the node dies; a job processes it afterwards. Not merchant-owned: the shop is only known once it is parsed.
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

    /// <summary>Set once the push passed the duplicate gate, so a retried job does not take its own first pass for a duplicate.</summary>
    public bool Admitted { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    /// <summary>What processing concluded: imported, duplicate, stale, ignored and why.</summary>
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
        builder.HasIndex(p => p.ProcessedAt);
    }
}
