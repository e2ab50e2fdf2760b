namespace CommerceHub.Workflows.Instances;

/// <summary>
/// A stimulus that found no bookmark. It waits until one appears or it expires; then <see cref="DeadLetteredAt"/> is
/// set and it is listed for operators, who can replay it.
/// </summary>
public sealed class ParkedStimulus
{
    public Guid Id { get; init; }

    /// <summary>The sender's id for the message (a receipt's guid), used to drop duplicates.</summary>
    public string? StimulusId { get; init; }

    public required string Stimulus { get; init; }

    public required string CorrelationKey { get; init; }

    public string? Payload { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? DeadLetteredAt { get; set; }
}

/// <summary>The id of a stimulus that resumed an instance; a second delivery of the same id is a duplicate.</summary>
public sealed class ConsumedStimulus
{
    public required string StimulusId { get; init; }

    public Guid InstanceId { get; init; }

    public DateTimeOffset ConsumedAt { get; init; }
}
