namespace CommerceHub.Workflows.Instances;

/// <summary>One running route. <see cref="Revision"/> is the concurrency token: every transition bumps it.</summary>
public sealed class WorkflowInstance
{
    public Guid Id { get; init; }

    public required string Definition { get; init; }

    public int Version { get; set; }

    public string? CorrelationId { get; init; }

    public WorkflowStatus Status { get; set; }

    /// <summary>What the instance is doing within its status, in words: "waiting for scan", "rejected", "incident at declare".</summary>
    public string SubStatus { get; set; } = "";

    public required string CurrentStep { get; set; }

    /// <summary>The variables as one JSON object.</summary>
    public string Variables { get; set; } = "{}";

    /// <summary>JSON array of the compensable steps that completed, oldest first.</summary>
    public string Compensation { get; set; } = "[]";

    /// <summary>The stimulus that resumed the instance, handed to its current step on the next run.</summary>
    public string? PendingStimulus { get; set; }

    /// <summary>The end step reached (or being compensated towards).</summary>
    public string? EndState { get; set; }

    public bool CancelRequested { get; set; }

    public int IncidentCount { get; set; }

    public long Revision { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
