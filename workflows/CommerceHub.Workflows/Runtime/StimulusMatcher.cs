using System.Text.Json;
using CommerceHub.Workflows.Activities;
using CommerceHub.Workflows.Instances;
using CommerceHub.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.Workflows.Runtime;

/// <summary>
/// The one place where a bookmark is consumed. The database is the arbiter: the bookmark row is deleted by id inside
/// the resume transaction, and only the caller whose delete removed it resumes the instance. A second delivery, a
/// racing node or a late timer deletes nothing and backs off.
/// </summary>
internal sealed class StimulusMatcher(IWorkflowDbFactory dbs, TimeProvider clock)
{
    public static Task<WorkflowBookmark?> FindBookmarkAsync(DbContext db, string stimulus, string key, CancellationToken ct) =>
        db.Set<WorkflowBookmark>().AsNoTracking().FirstOrDefaultAsync(b => b.Stimulus == stimulus && b.CorrelationKey == key, ct);

    /// <summary>True when this call consumed the bookmark (and the parked stimulus, if one is given).</summary>
    public async Task<bool> TryResumeAsync(WorkflowBookmark bookmark, ResumedStimulus stimulus, string? stimulusId, Guid? parkedId,
        CancellationToken ct)
    {
        await using var lease = dbs.Open();
        var db = lease.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.Set<WorkflowBookmark>().Where(b => b.Id == bookmark.Id).ExecuteDeleteAsync(ct) == 0)
        {
            return false;
        }

        if (parkedId is { } parked &&
            await db.Set<ParkedStimulus>().Where(p => p.Id == parked && p.DeadLetteredAt == null).ExecuteDeleteAsync(ct) == 0)
        {
            return false;
        }

        var instance = await db.Set<WorkflowInstance>().FirstAsync(i => i.Id == bookmark.InstanceId, ct);
        Lifecycle.Fire(instance, LifecycleTrigger.Resume);
        instance.PendingStimulus = JsonSerializer.Serialize(stimulus, ActivityContext.Json);
        instance.SubStatus = stimulus.TimedOut ? $"timer fired at {bookmark.Step}" : $"resumed by {stimulus.Name}";
        var now = clock.GetUtcNow();
        if (stimulusId is not null)
        {
            db.Add(new ConsumedStimulus { StimulusId = stimulusId, InstanceId = instance.Id, ConsumedAt = now });
        }

        InstanceChanges.Record(db, instance, now, bookmark.Step, stimulus.TimedOut ? "timer" : "resumed",
            $"{stimulus.Name} {stimulus.CorrelationKey}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (stimulusId is not null)
        {
            // The same stimulus id was consumed by a concurrent delivery: this one is a duplicate.
            return false;
        }

        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>Called right after a bookmark is stored: delivers the oldest stimulus that arrived before it.</summary>
    public async Task<bool> TryDeliverParkedAsync(WorkflowBookmark bookmark, CancellationToken ct)
    {
        ParkedStimulus? parked;
        await using (var lease = dbs.Open())
        {
            parked = await lease.Db.Set<ParkedStimulus>().AsNoTracking()
                .Where(p => p.Stimulus == bookmark.Stimulus && p.CorrelationKey == bookmark.CorrelationKey && p.DeadLetteredAt == null)
                .OrderBy(p => p.ReceivedAt).FirstOrDefaultAsync(ct);
        }

        return parked is not null && await TryResumeAsync(bookmark,
            new ResumedStimulus(parked.Stimulus, parked.CorrelationKey, parked.Payload, TimedOut: false), parked.StimulusId, parked.Id, ct);
    }
}

internal static class InstanceChanges
{
    /// <summary>Bumps the revision (the concurrency token) and logs the transition in the same save.</summary>
    public static void Record(DbContext db, WorkflowInstance instance, DateTimeOffset now, string step, string @event, string? detail = null)
    {
        instance.Revision++;
        instance.UpdatedAt = now;
        db.Add(new WorkflowLogEntry
        {
            Id = Guid.CreateVersion7(),
            InstanceId = instance.Id,
            Revision = instance.Revision,
            At = now,
            Step = step,
            Event = @event,
            Detail = detail is { Length: > 2000 } ? detail[..2000] : detail,
        });
    }
}
