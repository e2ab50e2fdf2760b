using CommerceHub.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CommerceHub.Workflows.Tests.Support;

/// <summary>A host context as the hub's would be: its own tables plus the runtime's, one database.</summary>
public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            // As in the hub: SQLite cannot compare DateTimeOffset; UTC binary values sort correctly.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyWorkflowModel();
        modelBuilder.Entity<Effect>(e =>
        {
            e.ToTable("test_effects");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.InstanceId);
        });
    }
}

/// <summary>A row an activity writes in the step's own DbContext, so it commits with the transition or not at all.</summary>
public sealed class Effect
{
    public Guid Id { get; init; }

    public Guid InstanceId { get; init; }

    public required string Step { get; init; }

    public required string Kind { get; init; }
}
