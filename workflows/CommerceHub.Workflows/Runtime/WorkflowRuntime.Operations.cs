using System.Text.Json;
using CommerceHub.Workflows.Activities;
using CommerceHub.Workflows.Definitions;
using CommerceHub.Workflows.Instances;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.Workflows.Runtime;

// Operator actions. Each one is a single save guarded by the instance's revision, so it cannot interleave with a
// runner or another operator; a lost race is reported as a conflict to read the instance again.
internal sealed partial class WorkflowRuntime
{
    public async Task<InstanceView> GetAsync(Guid instanceId, CancellationToken ct = default)
    {
        await using var lease = dbs.Open();
        var instance = await LoadAsync(lease.Db, instanceId, ct);
        var incidents = await lease.Db.Set<WorkflowIncident>().AsNoTracking()
            .Where(i => i.InstanceId == instanceId && i.ResolvedAt == null).ToListAsync(ct);
        var log = await lease.Db.Set<WorkflowLogEntry>().AsNoTracking()
            .Where(l => l.InstanceId == instanceId).OrderBy(l => l.Revision).ToListAsync(ct);
        return new InstanceView(instance.Id, instance.Definition, instance.Version, instance.CorrelationId, instance.Status, instance.SubStatus,
            instance.CurrentStep, instance.Variables, instance.IncidentCount, incidents, log);
    }

    public Task RetryAsync(Guid incidentId, CancellationToken ct = default) =>
        ResolveIncidentAsync(incidentId, "retried", (instance, incident) =>
        {
            Lifecycle.Fire(instance, incident.DuringCompensation ? LifecycleTrigger.RetryCompensation : LifecycleTrigger.Retry);
            instance.SubStatus = $"retrying {incident.Step}";
            return null;
        }, ct);

    public Task SkipAsync(Guid incidentId, string? outcome = null, CancellationToken ct = default) =>
        ResolveIncidentAsync(incidentId, "skipped", (instance, incident) =>
        {
            if (incident.DuringCompensation)
            {
                var undo = WorkflowRunner.ReadSteps(instance.Compensation);
                if (undo.Count > 0 && undo[^1] == incident.Step)
                {
                    undo.RemoveAt(undo.Count - 1);
                }

                instance.Compensation = JsonSerializer.Serialize(undo);
                Lifecycle.Fire(instance, LifecycleTrigger.RetryCompensation);
                return $"undo of {incident.Step} dropped";
            }

            var definition = registry.Find(instance.Definition, instance.Version)
                ?? throw new WorkflowConflictException($"{instance.Definition} v{instance.Version} is not deployed on this node.");
            string next;
            try
            {
                next = StepGraph.Next(definition, incident.Step, outcome ?? Outcomes.Done);
            }
            catch (WorkflowDefinitionException e)
            {
                throw new WorkflowValidationException(e.Message);
            }

            Lifecycle.Fire(instance, LifecycleTrigger.Retry);
            instance.CurrentStep = next;
            instance.PendingStimulus = null;
            instance.SubStatus = $"at {next}";
            return $"{incident.Step} skipped with '{outcome ?? Outcomes.Done}' to {next}";
        }, ct);

    public async Task CancelAsync(Guid instanceId, string reason, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 500)
        {
            throw new WorkflowValidationException("A cancellation needs a reason of 1 to 500 characters.");
        }

        await using (var lease = dbs.Open())
        {
            await using var transaction = await lease.Db.Database.BeginTransactionAsync(ct);
            var instance = await LoadAsync(lease.Db, instanceId, ct);
            Lifecycle.Fire(instance, LifecycleTrigger.Cancel);
            instance.CancelRequested = true;
            instance.SubStatus = "cancelling";
            // Deleting the bookmarks makes a stimulus or timer that arrives now find nothing to resume.
            await lease.Db.Set<WorkflowBookmark>().Where(b => b.InstanceId == instanceId).ExecuteDeleteAsync(ct);
            await ResolveOpenIncidentsAsync(lease.Db, instanceId, "cancelled", ct);
            InstanceChanges.Record(lease.Db, instance, clock.GetUtcNow(), instance.CurrentStep, "cancel requested", reason);
            await SaveAsync(lease.Db, ct);
            await transaction.CommitAsync(ct);
        }

        Log.OperatorAction(logger, instanceId, "cancel");
        await dispatcher.ContinueAsync(instanceId, ct);
    }

    public async Task MigrateAsync(Guid instanceId, int toVersion, string? toStep = null, CancellationToken ct = default)
    {
        bool restart;
        await using (var lease = dbs.Open())
        {
            await using var transaction = await lease.Db.Database.BeginTransactionAsync(ct);
            var instance = await LoadAsync(lease.Db, instanceId, ct);
            var target = registry.Find(instance.Definition, toVersion)
                ?? throw new WorkflowNotFoundException($"{instance.Definition} has no version {toVersion} on this node.");
            if (instance.Status is not (WorkflowStatus.Suspended or WorkflowStatus.Faulted))
            {
                throw new WorkflowConflictException($"Instance {instanceId} is {instance.Status}; only suspended or faulted instances migrate.");
            }

            var step = toStep ?? instance.CurrentStep;
            if (!target.TryGetStep(step, out _))
            {
                throw new WorkflowValidationException($"{target.Name} v{toVersion} has no step '{step}'; name the step to continue from.");
            }

            var missing = WorkflowRunner.ReadSteps(instance.Compensation)
                .Where(s => !target.TryGetStep(s, out var undo) || undo.ActivityType is null || !typeof(ICompensableActivity).IsAssignableFrom(undo.ActivityType))
                .ToList();
            if (missing.Count > 0)
            {
                throw new WorkflowValidationException($"v{toVersion} cannot undo the steps already done: {string.Join(", ", missing)}.");
            }

            var from = instance.Version;
            instance.Version = toVersion;
            restart = step != instance.CurrentStep;
            if (restart)
            {
                await lease.Db.Set<WorkflowBookmark>().Where(b => b.InstanceId == instanceId).ExecuteDeleteAsync(ct);
                await ResolveOpenIncidentsAsync(lease.Db, instanceId, "migrated", ct);
                Lifecycle.Fire(instance, LifecycleTrigger.Restart);
                instance.CurrentStep = step;
                instance.PendingStimulus = null;
                instance.SubStatus = $"at {step}";
            }

            InstanceChanges.Record(lease.Db, instance, clock.GetUtcNow(), step, "migrated", $"v{from} to v{toVersion}");
            await SaveAsync(lease.Db, ct);
            await transaction.CommitAsync(ct);
        }

        Log.OperatorAction(logger, instanceId, $"migrate to v{toVersion}");
        if (restart)
        {
            await dispatcher.ContinueAsync(instanceId, ct);
        }
    }

    public async Task<IReadOnlyList<IncidentListItem>> ListIncidentsAsync(bool openOnly = true, int skip = 0, int take = 50, CancellationToken ct = default)
    {
        if (skip < 0 || take is < 1 or > 500)
        {
            throw new WorkflowValidationException("skip is at least 0 and take is 1 to 500.");
        }

        await using var lease = dbs.Open();
        var incidents = lease.Db.Set<WorkflowIncident>().AsNoTracking().Where(i => !openOnly || i.ResolvedAt == null);
        var rows = await incidents.Join(lease.Db.Set<WorkflowInstance>().AsNoTracking(), i => i.InstanceId, w => w.Id, (i, w) => new { i, w.Definition, w.CorrelationId })
            .OrderByDescending(x => x.i.OccurredAt).ThenBy(x => x.i.Id).Skip(skip).Take(take).ToListAsync(ct);
        return [.. rows.Select(x => new IncidentListItem(x.i.Id, x.i.InstanceId, x.Definition, x.CorrelationId, x.i.Step, x.i.ExceptionType,
            x.i.Message, x.i.OccurredAt, x.i.ResolvedAt, x.i.Resolution))];
    }

    public async Task<IReadOnlyList<DeadLetterView>> ListDeadLettersAsync(int skip = 0, int take = 50, CancellationToken ct = default)
    {
        if (skip < 0 || take is < 1 or > 500)
        {
            throw new WorkflowValidationException("skip is at least 0 and take is 1 to 500.");
        }

        await using var lease = dbs.Open();
        var rows = await lease.Db.Set<ParkedStimulus>().AsNoTracking().Where(p => p.DeadLetteredAt != null)
            .OrderBy(p => p.DeadLetteredAt).ThenBy(p => p.Id).Skip(skip).Take(take).ToListAsync(ct);
        return rows.Select(p => new DeadLetterView(p.Id, p.Stimulus, p.CorrelationKey, p.StimulusId, p.Payload, p.ReceivedAt, p.DeadLetteredAt!.Value))
            .ToList();
    }

    public async Task<DeliveryResult> ReplayDeadLetterAsync(Guid deadLetterId, CancellationToken ct = default)
    {
        ParkedStimulus? parked;
        await using (var lease = dbs.Open())
        {
            var expires = clock.GetUtcNow() + options.Value.ParkedStimulusLifetime;
            var revived = await lease.Db.Set<ParkedStimulus>().Where(p => p.Id == deadLetterId && p.DeadLetteredAt != null)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.DeadLetteredAt, (DateTimeOffset?)null).SetProperty(p => p.ExpiresAt, expires), ct);
            if (revived == 0)
            {
                throw new WorkflowNotFoundException($"No dead letter {deadLetterId}.");
            }

            parked = await lease.Db.Set<ParkedStimulus>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == deadLetterId, ct);
        }

        return parked is null ? new DeliveryResult(DeliveryOutcome.Resumed) : await ResumeParkedAsync(parked, ct);
    }

    private async Task ResolveIncidentAsync(Guid incidentId, string resolution, Func<WorkflowInstance, WorkflowIncident, string?> apply,
        CancellationToken ct)
    {
        Guid instanceId;
        await using (var lease = dbs.Open())
        {
            var incident = await lease.Db.Set<WorkflowIncident>().FirstOrDefaultAsync(i => i.Id == incidentId, ct)
                ?? throw new WorkflowNotFoundException($"No incident {incidentId}.");
            if (incident.ResolvedAt is not null)
            {
                throw new WorkflowConflictException($"Incident {incidentId} was already {incident.Resolution}.");
            }

            var instance = await LoadAsync(lease.Db, incident.InstanceId, ct);
            var detail = apply(instance, incident);
            var now = clock.GetUtcNow();
            incident.ResolvedAt = now;
            incident.Resolution = resolution;
            InstanceChanges.Record(lease.Db, instance, now, incident.Step, resolution, detail);
            await SaveAsync(lease.Db, ct);
            instanceId = instance.Id;
        }

        Log.OperatorAction(logger, instanceId, resolution);
        await NotifyResolvedAsync(instanceId, incidentId, resolution, ct);
        await dispatcher.ContinueAsync(instanceId, ct);
    }

    private async Task NotifyResolvedAsync(Guid instanceId, Guid incidentId, string resolution, CancellationToken ct)
    {
        WorkflowInstance? instance;
        await using (var lease = dbs.Open())
        {
            instance = await lease.Db.Set<WorkflowInstance>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, ct);
        }

        if (instance is null)
        {
            return;
        }

        foreach (var observer in observers)
        {
            try
            {
                await observer.OnChangedAsync(new WorkflowChange(instanceId, instance.Definition, instance.CurrentStep, resolution, instance.Status, incidentId), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.ObserverFailed(logger, e, instanceId, instance.CurrentStep);
            }
        }
    }

    private async Task ResolveOpenIncidentsAsync(DbContext db, Guid instanceId, string resolution, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var open in await db.Set<WorkflowIncident>().Where(i => i.InstanceId == instanceId && i.ResolvedAt == null).ToListAsync(ct))
        {
            open.ResolvedAt = now;
            open.Resolution = resolution;
        }
    }

    private static async Task<WorkflowInstance> LoadAsync(DbContext db, Guid instanceId, CancellationToken ct) =>
        await db.Set<WorkflowInstance>().FirstOrDefaultAsync(i => i.Id == instanceId, ct)
        ?? throw new WorkflowNotFoundException($"No workflow instance {instanceId}.");

    private static async Task SaveAsync(DbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new WorkflowConflictException("The instance changed meanwhile; read it again and retry.");
        }
    }
}
