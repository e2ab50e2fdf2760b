namespace CommerceHub.Workflows.Activities;

/// <summary>What a step asks the runtime to do next: follow an outcome, or wait for a stimulus (with an optional timeout).</summary>
public abstract record ActivityResult
{
    private ActivityResult()
    {
    }

    public static ActivityResult Done(string outcome = Outcomes.Done, object? output = null) => new Completed(outcome, output);

    /// <summary>
    /// Suspends the instance until a stimulus named <paramref name="stimulus"/> with <paramref name="correlationKey"/>
    /// arrives, or (with a timeout) until the timer fires; the activity then runs again with the stimulus.
    /// </summary>
    public static ActivityResult Wait(string stimulus, string correlationKey, TimeSpan? timeout = null) =>
        new Waiting(stimulus, correlationKey, timeout);

    public sealed record Completed(string Outcome, object? Output) : ActivityResult;

    public sealed record Waiting(string Stimulus, string CorrelationKey, TimeSpan? Timeout) : ActivityResult;
}
