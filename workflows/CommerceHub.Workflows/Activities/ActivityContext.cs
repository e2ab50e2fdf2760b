using System.Text.Json;
using System.Text.Json.Nodes;

namespace CommerceHub.Workflows.Activities;

/// <summary>What an activity sees: its instance, the variables, and the stimulus it is resumed with (if any).</summary>
public sealed class ActivityContext
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly JsonObject _variables;

    internal ActivityContext(Guid instanceId, string? correlationId, string step, long revision, JsonObject variables,
        ResumedStimulus? stimulus, IServiceProvider services)
    {
        InstanceId = instanceId;
        CorrelationId = correlationId;
        Step = step;
        ExecutionId = $"{instanceId:N}:{step}:{revision}";
        _variables = variables;
        Stimulus = stimulus;
        Services = services;
    }

    public Guid InstanceId { get; }

    public string? CorrelationId { get; }

    public string Step { get; }

    /// <summary>Stable for one execution of one step of one instance, also when that execution is retried.</summary>
    public string ExecutionId { get; }

    /// <summary>The stimulus that resumed this step, or null on its first run.</summary>
    public ResumedStimulus? Stimulus { get; }

    /// <summary>The services of the scope the step runs in (the same database context as the runtime).</summary>
    public IServiceProvider Services { get; }

    public T Input<T>()
        where T : class =>
        _variables.Deserialize<T>(Json) ?? throw new InvalidOperationException($"Variables do not form a {typeof(T).Name}.");
}

/// <summary>A stimulus as handed to the step it resumed. <see cref="TimedOut"/> means the wait's timer won.</summary>
public sealed record ResumedStimulus(string Name, string CorrelationKey, string? Payload, bool TimedOut)
{
    public T? PayloadAs<T>() => Payload is null ? default : JsonSerializer.Deserialize<T>(Payload, ActivityContext.Json);
}
