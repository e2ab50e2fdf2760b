using CommerceHub.Workflows.Definitions;
using Microsoft.Extensions.Options;

namespace CommerceHub.Workflows.Runtime;

public enum WorkflowExecution
{
    /// <summary>Steps run in Hangfire jobs on whichever hub node fetches them (production).</summary>
    Hangfire,

    /// <summary>Steps run on the caller of Start/Deliver before it returns; timers still go through Hangfire (tools, benchmarks).</summary>
    Inline,
}

public sealed class WorkflowOptions
{
    public WorkflowExecution Execution { get; set; } = WorkflowExecution.Hangfire;

    /// <summary>How long a stimulus without a bookmark waits before it is dead-lettered.</summary>
    public TimeSpan ParkedStimulusLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A Running instance not updated for this long is handed to a new job (its job was lost with a node).</summary>
    public TimeSpan StalledAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long the ids of consumed stimuli are kept to recognise duplicates.</summary>
    public TimeSpan ConsumedStimulusRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>A job hands the instance to a fresh job after this many transitions, so a loop cannot hold a worker.</summary>
    public int MaxTransitionsPerJob { get; set; } = 500;

    public List<WorkflowDefinition> Definitions { get; } = [];

    public WorkflowOptions Add(WorkflowDefinition definition)
    {
        Definitions.Add(definition);
        return this;
    }
}

internal sealed class WorkflowOptionsValidator : IValidateOptions<WorkflowOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkflowOptions options)
    {
        var failures = new List<string>();
        if (options.ParkedStimulusLifetime <= TimeSpan.Zero)
        {
            failures.Add("ParkedStimulusLifetime must be positive.");
        }

        if (options.StalledAfter < TimeSpan.FromSeconds(10))
        {
            failures.Add("StalledAfter must be at least 10 seconds, or running steps would be started twice.");
        }

        if (options.ConsumedStimulusRetention < options.ParkedStimulusLifetime)
        {
            failures.Add("ConsumedStimulusRetention must be at least ParkedStimulusLifetime.");
        }

        if (options.MaxTransitionsPerJob < 1)
        {
            failures.Add("MaxTransitionsPerJob must be at least 1.");
        }

        failures.AddRange(options.Definitions.GroupBy(d => (d.Name, d.Version)).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.Name} v{g.Key.Version} is registered twice."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
