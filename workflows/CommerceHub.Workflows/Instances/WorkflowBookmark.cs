namespace CommerceHub.Workflows.Instances;

/// <summary>
/// A persisted wait. Looked up by (stimulus, correlation key), which is unique, and consumed by deleting the row:
/// whoever deletes it resumes the instance, so a double delivery or two nodes racing resume it once.
/// </summary>
public sealed class WorkflowBookmark
{
    public Guid Id { get; init; }

    public Guid InstanceId { get; init; }

    public required string Step { get; init; }

    public required string Stimulus { get; init; }

    public required string CorrelationKey { get; init; }

    /// <summary>When the timer resumes it instead (null: no timeout).</summary>
    public DateTimeOffset? DueAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
