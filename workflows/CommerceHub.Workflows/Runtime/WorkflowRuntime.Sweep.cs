using CommerceHub.Workflows.Instances;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.Workflows.Runtime;

// Housekeeping that makes the runtime self-healing: nothing here scans instances without an index.
internal sealed partial class WorkflowRuntime
{
    private const int SweepBatch = 500;

    /// <summary>A scheduled timer job gets this long before the sweeper assumes it was lost and fires the bookmark itself.</summary>
    private static readonly TimeSpan TimerGrace = TimeSpan.FromMinutes(1);

    public async Task<SweepReport> SweepAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        int deadLettered, pruned;
        List<Guid> overdue, stalled;
        await using (var lease = dbs.Open())
        {
            var db = lease.Db;
            deadLettered = await db.Set<ParkedStimulus>().Where(p => p.DeadLetteredAt == null && p.ExpiresAt <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.DeadLetteredAt, now), ct);
            var timerCutoff = now - TimerGrace;
            overdue = await db.Set<WorkflowBookmark>().Where(b => b.DueAt != null && b.DueAt <= timerCutoff)
                .OrderBy(b => b.DueAt).Select(b => b.Id).Take(SweepBatch).ToListAsync(ct);
            var stalledCutoff = now - settings.StalledAfter;
            stalled = await db.Set<WorkflowInstance>()
                .Where(i => (i.Status == WorkflowStatus.Running || i.Status == WorkflowStatus.Compensating) && i.UpdatedAt <= stalledCutoff)
                .OrderBy(i => i.UpdatedAt).Select(i => i.Id).Take(SweepBatch).ToListAsync(ct);
            // Touching them keeps the next sweep from dispatching them again while their new job waits in the queue.
            await db.Set<WorkflowInstance>().Where(i => stalled.Contains(i.Id)).ExecuteUpdateAsync(s => s.SetProperty(i => i.UpdatedAt, now), ct);
            var consumedCutoff = now - settings.ConsumedStimulusRetention;
            pruned = await db.Set<ConsumedStimulus>().Where(c => c.ConsumedAt <= consumedCutoff).ExecuteDeleteAsync(ct);
        }

        foreach (var bookmarkId in overdue)
        {
            await FireTimerAsync(bookmarkId, ct);
        }

        foreach (var instanceId in stalled)
        {
            dispatcher.Enqueue(instanceId);
        }

        Log.Swept(logger, deadLettered, overdue.Count, stalled.Count);
        return new SweepReport(deadLettered, overdue.Count, stalled.Count, pruned);
    }
}
