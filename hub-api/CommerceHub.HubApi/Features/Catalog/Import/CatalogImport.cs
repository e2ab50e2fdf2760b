using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceHub.HubApi.Features.Catalog.Import;

public enum ImportStatus
{
    Queued,
    Running,

    /// <summary>Every row was valid; all of them were written in one transaction.</summary>
    Succeeded,

    /// <summary>Some rows were invalid; nothing was written. The errors say which rows and why.</summary>
    Rejected,

    /// <summary>The file could not be read at all (not CSV/XLSX, no header…).</summary>
    Failed,
}

public enum ImportFormat
{
    Csv,
    Xlsx,
}

public sealed record ImportError(int Row, string Field, string Message);

/// <summary>An uploaded catalog file and what became of it.</summary>
public sealed class CatalogImport : IMerchantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MerchantId { get; set; }

    public required string FileName { get; set; }

    public ImportFormat Format { get; set; }

    /// <summary>The file itself, kept so the job can run on any node and be retried.</summary>
    public byte[] Content { get; set; } = [];

    public ImportStatus Status { get; set; }

    public int TotalRows { get; set; }

    public int ProcessedRows { get; set; }

    public int ProductsWritten { get; set; }

    public List<ImportError> Errors { get; set; } = [];

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}

internal sealed class CatalogImportConfiguration : IEntityTypeConfiguration<CatalogImport>
{
    public void Configure(EntityTypeBuilder<CatalogImport> builder)
    {
        builder.ToTable("catalog_imports");
        builder.HasIndex(i => new { i.MerchantId, i.CreatedAt });
        builder.Property(i => i.FileName).HasMaxLength(255);
        builder.Property(i => i.CreatedBy).HasMaxLength(200);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Format).HasConversion<string>().HasMaxLength(10);
        builder.Property(i => i.Errors).AsJson();
    }
}
