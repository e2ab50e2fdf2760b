namespace CommerceHub.Workflows.Definitions;

/// <summary>A versioned route: named steps joined by outcomes. Built with <see cref="WorkflowBuilder"/>.</summary>
public sealed class WorkflowDefinition
{
    private readonly Dictionary<string, StepDefinition> _steps;

    internal WorkflowDefinition(string name, int version, IReadOnlyList<StepDefinition> steps)
    {
        Name = name;
        Version = version;
        Steps = steps;
        _steps = steps.ToDictionary(s => s.Name, StringComparer.Ordinal);
    }

    public string Name { get; }

    public int Version { get; }

    /// <summary>The steps in the order they were declared; the first one is where an instance starts.</summary>
    public IReadOnlyList<StepDefinition> Steps { get; }

    public string Start => Steps[0].Name;

    public bool TryGetStep(string name, out StepDefinition step) => _steps.TryGetValue(name, out step!);

    public StepDefinition Step(string name) =>
        _steps.TryGetValue(name, out var step)
            ? step
            : throw new WorkflowDefinitionException($"{Name} v{Version} has no step '{name}'.");

    public static WorkflowBuilder Create(string name, int version) => new(name, version);
}

public sealed class WorkflowDefinitionException(string message) : Exception(message);
