namespace CommerceHub.Workflows.Activities;

/// <summary>
/// One unit of work in a route. Inputs are read from the instance's variables and outputs merged back into them, so
/// both are explicit records (see <see cref="Activity{TInput,TOutput}"/>) that the JSON export can list.
/// </summary>
public interface IActivity
{
    Type InputType { get; }

    Type OutputType { get; }

    /// <summary>
    /// Runs the step. Called again with <see cref="ActivityContext.Stimulus"/> set when a wait it asked for is resumed.
    /// It may run more than once (a retried job or a node lost mid-step): effects outside the hub's database
    /// should use <see cref="ActivityContext.ExecutionId"/> as their idempotency key.
    /// </summary>
    ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken ct);
}

/// <summary>An activity whose effect can be undone when the route ends in rejection, detention or return.</summary>
public interface ICompensableActivity : IActivity
{
    ValueTask CompensateAsync(ActivityContext context, CancellationToken ct);
}

/// <summary>The usual way to write an activity: a typed input record in, a typed output record out.</summary>
public abstract class Activity<TInput, TOutput> : IActivity
    where TInput : class
{
    public Type InputType => typeof(TInput);

    public Type OutputType => typeof(TOutput);

    ValueTask<ActivityResult> IActivity.ExecuteAsync(ActivityContext context, CancellationToken ct) =>
        ExecuteAsync(context.Input<TInput>(), context, ct);

    protected abstract ValueTask<ActivityResult> ExecuteAsync(TInput input, ActivityContext context, CancellationToken ct);

    protected static ActivityResult Done(TOutput output, string outcome = Outcomes.Done) => ActivityResult.Done(outcome, output);
}

/// <summary>An activity with an undo step; the runtime calls it, newest first, when a compensating end is reached.</summary>
public abstract class CompensableActivity<TInput, TOutput> : Activity<TInput, TOutput>, ICompensableActivity
    where TInput : class
{
    ValueTask ICompensableActivity.CompensateAsync(ActivityContext context, CancellationToken ct) =>
        CompensateAsync(context.Input<TInput>(), context, ct);

    protected abstract ValueTask CompensateAsync(TInput input, ActivityContext context, CancellationToken ct);
}

/// <summary>The input of an activity that reads no variables.</summary>
public sealed record NoInput;

/// <summary>The output of an activity that adds nothing to the variables.</summary>
public sealed record NoOutput
{
    public static readonly NoOutput Value = new();
}

public static class Outcomes
{
    public const string Done = "done";
    public const string Timeout = "timeout";
}
