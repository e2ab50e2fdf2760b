using CommerceHub.Workflows.Instances;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.Workflows.Persistence;

public static class WorkflowModel
{
    /// <summary>
    /// Adds the runtime's tables (prefixed wf_) to the host's model. On SQLite the host maps DateTimeOffset to a sortable
    /// form (the hub's context converts it to binary) because the sweeper compares times.
    /// </summary>
    public static ModelBuilder ApplyWorkflowModel(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WorkflowInstance>(e =>
        {
            e.ToTable("wf_instances");
            e.HasKey(i => i.Id);
            e.Property(i => i.Definition).HasMaxLength(100);
            e.Property(i => i.CorrelationId).HasMaxLength(200);
            e.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.SubStatus).HasMaxLength(300);
            e.Property(i => i.CurrentStep).HasMaxLength(100);
            e.Property(i => i.EndState).HasMaxLength(100);
            e.Property(i => i.Revision).IsConcurrencyToken();
            // The sweeper finds stalled instances by status and age; operators list by definition and correlation.
            e.HasIndex(i => new { i.Status, i.UpdatedAt });
            e.HasIndex(i => new { i.Definition, i.CorrelationId });
        });
        modelBuilder.Entity<WorkflowBookmark>(e =>
        {
            e.ToTable("wf_bookmarks");
            e.HasKey(b => b.Id);
            e.Property(b => b.Step).HasMaxLength(100);
            e.Property(b => b.Stimulus).HasMaxLength(100);
            e.Property(b => b.CorrelationKey).HasMaxLength(200);
            // The resume path: one index seek whatever the number of instances; unique so a key has one waiter.
            e.HasIndex(b => new { b.Stimulus, b.CorrelationKey }).IsUnique();
            e.HasIndex(b => b.InstanceId);
            e.HasIndex(b => b.DueAt);
        });
        modelBuilder.Entity<ParkedStimulus>(e =>
        {
            e.ToTable("wf_parked_stimuli");
            e.HasKey(p => p.Id);
            e.Property(p => p.StimulusId).HasMaxLength(200);
            e.Property(p => p.Stimulus).HasMaxLength(100);
            e.Property(p => p.CorrelationKey).HasMaxLength(200);
            e.HasIndex(p => new { p.Stimulus, p.CorrelationKey, p.ReceivedAt });
            e.HasIndex(p => p.StimulusId).IsUnique();
            e.HasIndex(p => new { p.DeadLetteredAt, p.ExpiresAt });
        });
        modelBuilder.Entity<ConsumedStimulus>(e =>
        {
            e.ToTable("wf_consumed_stimuli");
            e.HasKey(c => c.StimulusId);
            e.Property(c => c.StimulusId).HasMaxLength(200);
            e.HasIndex(c => c.ConsumedAt);
        });
        modelBuilder.Entity<WorkflowIncident>(e =>
        {
            e.ToTable("wf_incidents");
            e.HasKey(i => i.Id);
            e.Property(i => i.Step).HasMaxLength(100);
            e.Property(i => i.ExceptionType).HasMaxLength(300);
            e.Property(i => i.Message).HasMaxLength(2000);
            e.Property(i => i.Resolution).HasMaxLength(20);
            e.HasIndex(i => new { i.InstanceId, i.ResolvedAt });
        });
        modelBuilder.Entity<WorkflowLogEntry>(e =>
        {
            e.ToTable("wf_log");
            e.HasKey(l => l.Id);
            e.Property(l => l.Step).HasMaxLength(100);
            e.Property(l => l.Event).HasMaxLength(100);
            e.Property(l => l.Detail).HasMaxLength(2000);
            e.HasIndex(l => new { l.InstanceId, l.Revision });
        });
        return modelBuilder;
    }
}
