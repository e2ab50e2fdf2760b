namespace CommerceHub.Workflows.Definitions;

public enum StepKind
{
    /// <summary>Runs an <see cref="Activities.IActivity"/>.</summary>
    Activity,

    /// <summary>Waits for a named stimulus whose correlation key is built from the variables.</summary>
    Wait,

    /// <summary>Waits for a timer (a Hangfire scheduled job).</summary>
    Delay,

    /// <summary>Ends the route; a compensating end first undoes the compensable steps that ran, newest first.</summary>
    End,
}

public sealed record StepDefinition
{
    public required string Name { get; init; }

    public required StepKind Kind { get; init; }

    public Type? ActivityType { get; init; }

    /// <summary>Wait steps: the stimulus name, and the key template ("{parcelNo}" is replaced by that variable).</summary>
    public string? Stimulus { get; init; }

    public string? KeyTemplate { get; init; }

    /// <summary>Wait steps: how long until the "timeout" outcome; Delay steps: the delay.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>End steps: whether reaching it undoes the route's compensable steps.</summary>
    public bool Compensate { get; init; }

    public IReadOnlyDictionary<string, string> Transitions { get; init; } = new Dictionary<string, string>();
}
