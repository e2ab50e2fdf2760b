using CommerceHub.Workflows.Instances;

namespace CommerceHub.Workflows.Runtime;

/// <summary>
/// Told after each committed transition (and each incident raised or resolved), on the node that committed it, so a
/// host can announce changes live. Called once per commit; a failing observer is logged and the route goes on.
/// </summary>
public interface IWorkflowObserver
{
    Task OnChangedAsync(WorkflowChange change, CancellationToken ct);
}

/// <summary>What changed: the step and the log event ("waiting", an outcome, "faulted", "retried"…); IncidentId for incident events.</summary>
public sealed record WorkflowChange(Guid InstanceId, string Definition, string Step, string Event, WorkflowStatus Status, Guid? IncidentId);

/// <summary>An incident as operators list it, with the route it belongs to.</summary>
public sealed record IncidentListItem(Guid Id, Guid InstanceId, string Definition, string? CorrelationId, string Step, string ExceptionType,
    string Message, DateTimeOffset OccurredAt, DateTimeOffset? ResolvedAt, string? Resolution);
