using System.Text.Json;
using System.Text.Json.Nodes;
using CommerceHub.Workflows.Activities;
using CommerceHub.Workflows.Definitions;
using CommerceHub.Workflows.Instances;
using CommerceHub.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommerceHub.Workflows.Runtime;

/// <summary>
/// Runs an instance's steps until it waits, ends or faults. Each transition is one save: the instance row (guarded by
/// its revision), the log entry, and whatever the activity added to the same DbContext. Two runners on one instance
/// (a job run twice) cannot both commit a transition: the loser's save matches no row and it stops.
/// </summary>
internal sealed partial class WorkflowRunner(IWorkflowDbFactory dbs, WorkflowRegistry registry, StimulusMatcher matcher,
    WorkflowDispatcher dispatcher, IOptions<WorkflowOptions> options, TimeProvider clock, IEnumerable<IWorkflowObserver> observers,
    ILogger<WorkflowRunner> logger)
{
    private const string TimerStimulus = "timer";

    public async Task RunAsync(Guid instanceId, CancellationToken ct)
    {
        await using var lease = dbs.Open();
        for (var i = 0; i < options.Value.MaxTransitionsPerJob; i++)
        {
            lease.Db.ChangeTracker.Clear();
            var instance = await lease.Db.Set<WorkflowInstance>().FirstOrDefaultAsync(x => x.Id == instanceId, ct);
            if (instance is null || instance.Status is not (WorkflowStatus.Running or WorkflowStatus.Compensating))
            {
                return;
            }

            bool more;
            try
            {
                more = instance.Status == WorkflowStatus.Compensating
                    ? await CompensateNextAsync(lease, instance, ct)
                    : await StepAsync(lease, instance, ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                Log.LostRace(logger, instanceId);
                return;
            }

            if (!more)
            {
                return;
            }
        }

        dispatcher.Enqueue(instanceId);
    }

    private async Task<bool> StepAsync(WorkflowDbLease lease, WorkflowInstance instance, CancellationToken ct)
    {
        var definition = registry.Find(instance.Definition, instance.Version);
        if (definition is null || !definition.TryGetStep(instance.CurrentStep, out var step))
        {
            await FaultAsync(lease.Db, instance, instance.CurrentStep, false,
                new WorkflowDefinitionException($"{instance.Definition} v{instance.Version} with step '{instance.CurrentStep}' is not deployed on this node."), ct);
            return false;
        }

        if (step.Kind == StepKind.End)
        {
            return await EndAsync(lease.Db, instance, step, ct);
        }

        var variables = Parse(instance.Variables);
        var stimulus = instance.PendingStimulus is null ? null : JsonSerializer.Deserialize<ResumedStimulus>(instance.PendingStimulus, ActivityContext.Json);
        ActivityResult result;
        string next;
        try
        {
            result = await ExecuteAsync(lease.Services, instance, step, variables, stimulus, ct);
            next = result is ActivityResult.Completed done ? StepGraph.Next(definition, step.Name, done.Outcome) : step.Name;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await FaultAsync(lease.Db, instance, step.Name, false, e, ct);
            return false;
        }

        if (result is ActivityResult.Waiting wait)
        {
            return await SuspendAsync(lease.Db, instance, step, wait, ct);
        }

        var completed = (ActivityResult.Completed)result;
        Merge(variables, completed.Output);
        instance.Variables = variables.ToJsonString();
        if (step.ActivityType is { } type && typeof(ICompensableActivity).IsAssignableFrom(type))
        {
            var undo = ReadSteps(instance.Compensation);
            undo.Add(step.Name);
            instance.Compensation = JsonSerializer.Serialize(undo);
        }

        instance.PendingStimulus = null;
        instance.CurrentStep = next;
        instance.SubStatus = $"at {next}";
        InstanceChanges.Record(lease.Db, instance, clock.GetUtcNow(), step.Name, completed.Outcome, $"to {next}");
        await lease.Db.SaveChangesAsync(ct);
        await NotifyAsync(instance, step.Name, completed.Outcome, null, ct);
        return true;
    }

    private static async ValueTask<ActivityResult> ExecuteAsync(IServiceProvider services, WorkflowInstance instance, StepDefinition step,
        JsonObject variables, ResumedStimulus? stimulus, CancellationToken ct)
    {
        switch (step.Kind)
        {
            case StepKind.Wait when stimulus is null:
                return ActivityResult.Wait(step.Stimulus!, KeyTemplate.Fill(step.KeyTemplate!, variables), step.Timeout);
            case StepKind.Wait:
                return ActivityResult.Done(stimulus.TimedOut ? Outcomes.Timeout : Outcomes.Done,
                    stimulus.Payload is null ? null : JsonNode.Parse(stimulus.Payload));
            case StepKind.Delay when stimulus is null:
                return ActivityResult.Wait(TimerStimulus, $"{instance.Id:N}:{step.Name}:{instance.Revision}", step.Timeout);
            case StepKind.Delay:
                return ActivityResult.Done();
            default:
                var activity = ActivityFactory.Create(services, step.ActivityType!);
                return await activity.ExecuteAsync(Context(services, instance, step.Name, variables, stimulus), ct);
        }
    }

    private async Task<bool> SuspendAsync(DbContext db, WorkflowInstance instance, StepDefinition step, ActivityResult.Waiting wait, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var revision = instance.Revision;
        var bookmark = new WorkflowBookmark
        {
            Id = Guid.CreateVersion7(),
            InstanceId = instance.Id,
            Step = step.Name,
            Stimulus = wait.Stimulus,
            CorrelationKey = wait.CorrelationKey,
            DueAt = wait.Timeout is { } timeout ? now + timeout : null,
            CreatedAt = now,
        };
        Lifecycle.Fire(instance, LifecycleTrigger.Suspend);
        instance.PendingStimulus = null;
        instance.SubStatus = $"waiting for {wait.Stimulus}";
        db.Add(bookmark);
        InstanceChanges.Record(db, instance, now, step.Name, "waiting",
            bookmark.DueAt is { } due ? $"{wait.Stimulus} {wait.CorrelationKey} until {due:O}" : $"{wait.Stimulus} {wait.CorrelationKey}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Most likely the unique (stimulus, key) index: another instance already waits for the same thing.
            db.ChangeTracker.Clear();
            var fresh = await db.Set<WorkflowInstance>().FirstAsync(i => i.Id == instance.Id, ct);
            if (fresh.Revision == revision)
            {
                await FaultAsync(db, fresh, step.Name, false, new WorkflowConflictException(
                    $"Could not wait for {wait.Stimulus} {wait.CorrelationKey} (is another instance waiting for it?): {e.InnerException?.Message ?? e.Message}"), ct);
            }

            return false;
        }

        await NotifyAsync(instance, step.Name, "waiting", null, ct);
        if (bookmark.DueAt is { } dueAt)
        {
            dispatcher.ScheduleTimer(bookmark.Id, dueAt);
        }

        return await matcher.TryDeliverParkedAsync(bookmark, ct);
    }

    private async Task<bool> EndAsync(DbContext db, WorkflowInstance instance, StepDefinition step, CancellationToken ct)
    {
        instance.EndState = step.Name;
        var compensate = step.Compensate && ReadSteps(instance.Compensation).Count > 0;
        Lifecycle.Fire(instance, compensate ? LifecycleTrigger.Compensate : LifecycleTrigger.Finish);
        instance.SubStatus = compensate ? $"compensating towards {step.Name}" : step.Name;
        InstanceChanges.Record(db, instance, clock.GetUtcNow(), step.Name, compensate ? "compensating" : "finished");
        await db.SaveChangesAsync(ct);
        await NotifyAsync(instance, step.Name, compensate ? "compensating" : "finished", null, ct);
        return compensate;
    }

    private async Task<bool> CompensateNextAsync(WorkflowDbLease lease, WorkflowInstance instance, CancellationToken ct)
    {
        var undo = ReadSteps(instance.Compensation);
        if (undo.Count == 0)
        {
            Lifecycle.Fire(instance, instance.CancelRequested ? LifecycleTrigger.EndCancelled : LifecycleTrigger.Finish);
            instance.SubStatus = instance.CancelRequested ? "cancelled" : instance.EndState ?? "finished";
            InstanceChanges.Record(lease.Db, instance, clock.GetUtcNow(), instance.CurrentStep, instance.CancelRequested ? "cancelled" : "finished");
            await lease.Db.SaveChangesAsync(ct);
            await NotifyAsync(instance, instance.CurrentStep, instance.CancelRequested ? "cancelled" : "finished", null, ct);
            return false;
        }

        var stepName = undo[^1];
        try
        {
            var definition = registry.Find(instance.Definition, instance.Version);
            if (definition is null || !definition.TryGetStep(stepName, out var step) || step.ActivityType is null
                || ActivityFactory.Create(lease.Services, step.ActivityType) is not ICompensableActivity activity)
            {
                throw new WorkflowDefinitionException($"{instance.Definition} v{instance.Version} has no compensable step '{stepName}'.");
            }

            await activity.CompensateAsync(Context(lease.Services, instance, stepName, Parse(instance.Variables), null), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await FaultAsync(lease.Db, instance, stepName, true, e, ct);
            return false;
        }

        undo.RemoveAt(undo.Count - 1);
        instance.Compensation = JsonSerializer.Serialize(undo);
        InstanceChanges.Record(lease.Db, instance, clock.GetUtcNow(), stepName, "compensated");
        await lease.Db.SaveChangesAsync(ct);
        await NotifyAsync(instance, stepName, "compensated", null, ct);
        return true;
    }

    private async Task FaultAsync(DbContext db, WorkflowInstance instance, string step, bool duringCompensation, Exception error, CancellationToken ct)
    {
        // Drop whatever the failed activity added to the context; only the incident is saved.
        db.ChangeTracker.Clear();
        db.Attach(instance);
        var now = clock.GetUtcNow();
        var incident = new WorkflowIncident
        {
            Id = Guid.CreateVersion7(),
            InstanceId = instance.Id,
            Step = step,
            DuringCompensation = duringCompensation,
            ExceptionType = error.GetType().FullName ?? error.GetType().Name,
            Message = error.Message.Length > 2000 ? error.Message[..2000] : error.Message,
            OccurredAt = now,
        };
        Lifecycle.Fire(instance, LifecycleTrigger.Fault);
        instance.IncidentCount++;
        instance.SubStatus = $"incident at {step}";
        db.Add(incident);
        InstanceChanges.Record(db, instance, now, step, "faulted", incident.Message);
        await db.SaveChangesAsync(ct);
        Log.StepFaulted(logger, error, instance.Id, step, incident.Id);
        await NotifyAsync(instance, step, "faulted", incident.Id, ct);
    }

    /// <summary>Tells the host's observers about a committed transition; their failures never undo or stop the route.</summary>
    private async Task NotifyAsync(WorkflowInstance instance, string step, string @event, Guid? incidentId, CancellationToken ct)
    {
        var change = new WorkflowChange(instance.Id, instance.Definition, step, @event, instance.Status, incidentId);
        foreach (var observer in observers)
        {
            try
            {
                await observer.OnChangedAsync(change, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.ObserverFailed(logger, e, instance.Id, step);
            }
        }
    }

    private static ActivityContext Context(IServiceProvider services, WorkflowInstance instance, string step, JsonObject variables,
        ResumedStimulus? stimulus) =>
        new(instance.Id, instance.CorrelationId, step, instance.Revision, variables, stimulus, services);

    internal static JsonObject Parse(string json) => JsonNode.Parse(json) as JsonObject ?? [];

    internal static List<string> ReadSteps(string json) => JsonSerializer.Deserialize<List<string>>(json) ?? [];

    private static void Merge(JsonObject variables, object? output)
    {
        var node = output switch
        {
            null or NoOutput => null,
            JsonNode n => n,
            _ => JsonSerializer.SerializeToNode(output, output.GetType(), ActivityContext.Json),
        };
        if (node is JsonObject values)
        {
            foreach (var (name, value) in values)
            {
                variables[name] = value?.DeepClone();
            }
        }
    }
}
