namespace CommerceHub.Workflows.Instances;

/// <summary>A failed step. The instance stays Faulted until an operator retries, skips or cancels.</summary>
public sealed class WorkflowIncident
{
    public Guid Id { get; init; }

    public Guid InstanceId { get; init; }

    public required string Step { get; init; }

    public bool DuringCompensation { get; init; }

    public required string ExceptionType { get; init; }

    public required string Message { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>retried, skipped, cancelled or migrated.</summary>
    public string? Resolution { get; set; }
}

/// <summary>One transition of one instance; <see cref="Revision"/> orders them.</summary>
public sealed class WorkflowLogEntry
{
    public Guid Id { get; init; }

    public Guid InstanceId { get; init; }

    public long Revision { get; init; }

    public DateTimeOffset At { get; init; }

    public required string Step { get; init; }

    public required string Event { get; init; }

    public string? Detail { get; init; }
}
