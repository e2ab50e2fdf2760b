using CommerceHub.Workflows.Instances;

namespace CommerceHub.Workflows.Runtime;

/// <summary>What the hub does with workflows: start routes, deliver stimuli, and the operators' actions.</summary>
public interface IWorkflowRuntime
{
    /// <summary>Starts the latest version of <paramref name="definition"/> with <paramref name="input"/> as its first variables.</summary>
    Task<Guid> StartAsync(string definition, object? input = null, string? correlationId = null, CancellationToken ct = default);

    /// <summary>
    /// Resumes the instance waiting for the stimulus, exactly once. Without a waiting instance the stimulus is parked
    /// until one waits or it expires to the dead letters; a repeated <see cref="Stimulus.Id"/> is a duplicate.
    /// </summary>
    Task<DeliveryResult> DeliverAsync(Stimulus stimulus, CancellationToken ct = default);

    Task<InstanceView> GetAsync(Guid instanceId, CancellationToken ct = default);

    /// <summary>Runs the faulted step again.</summary>
    Task RetryAsync(Guid incidentId, CancellationToken ct = default);

    /// <summary>Treats the faulted step as done with <paramref name="outcome"/> (default "done"); a failed undo is dropped.</summary>
    Task SkipAsync(Guid incidentId, string? outcome = null, CancellationToken ct = default);

    /// <summary>Cancels a suspended or faulted instance; its compensable steps are undone first.</summary>
    Task CancelAsync(Guid instanceId, string reason, CancellationToken ct = default);

    /// <summary>Moves a suspended or faulted instance to another version, optionally to another step (which then runs).</summary>
    Task MigrateAsync(Guid instanceId, int toVersion, string? toStep = null, CancellationToken ct = default);

    /// <summary>Incidents, newest first; with <paramref name="openOnly"/> only those waiting for an operator.</summary>
    Task<IReadOnlyList<IncidentListItem>> ListIncidentsAsync(bool openOnly = true, int skip = 0, int take = 50, CancellationToken ct = default);

    Task<IReadOnlyList<DeadLetterView>> ListDeadLettersAsync(int skip = 0, int take = 50, CancellationToken ct = default);

    /// <summary>Puts a dead letter back in play: it resumes its bookmark if one waits now, else it is parked again.</summary>
    Task<DeliveryResult> ReplayDeadLetterAsync(Guid deadLetterId, CancellationToken ct = default);

    /// <summary>The periodic housekeeping (a recurring Hangfire job runs it every minute).</summary>
    Task<SweepReport> SweepAsync(CancellationToken ct = default);
}

/// <summary>An event for a waiting route: e.g. name "scan", key the parcel number; <see cref="Id"/> is the sender's message id.</summary>
public sealed record Stimulus(string Name, string CorrelationKey, object? Payload = null, string? Id = null);

public enum DeliveryOutcome
{
    Resumed,
    Parked,
    Duplicate,
}

public sealed record DeliveryResult(DeliveryOutcome Outcome, Guid? InstanceId = null, Guid? ParkedId = null);

public sealed record InstanceView(Guid Id, string Definition, int Version, string? CorrelationId, WorkflowStatus Status, string SubStatus,
    string CurrentStep, string Variables, int IncidentCount, IReadOnlyList<WorkflowIncident> OpenIncidents, IReadOnlyList<WorkflowLogEntry> Log);

public sealed record DeadLetterView(Guid Id, string Stimulus, string CorrelationKey, string? StimulusId, string? Payload,
    DateTimeOffset ReceivedAt, DateTimeOffset DeadLetteredAt);

public sealed record SweepReport(int DeadLettered, int TimersFired, int StalledRedispatched, int ConsumedPruned);

/// <summary>The request does not make sense (HTTP 400).</summary>
public sealed class WorkflowValidationException(string message) : Exception(message);
