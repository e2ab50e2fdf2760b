using System.Text.RegularExpressions;
using CommerceHub.Workflows.Activities;

namespace CommerceHub.Workflows.Definitions;

/// <summary>
/// Writes a route in C#: <c>Create("parcel", 1).Step&lt;Pick&gt;("pick").Then("scan").Wait("scan", "scan", "{parcelNo}").Then("done").End("done").Build()</c>.
/// Each step method opens a step; <see cref="On"/> and <see cref="Then"/> add transitions to the step opened last.
/// </summary>
public sealed partial class WorkflowBuilder
{
    private readonly string _name;
    private readonly int _version;
    private readonly List<StepDefinition> _steps = [];
    private readonly List<Dictionary<string, string>> _transitions = [];

    internal WorkflowBuilder(string name, int version)
    {
        if (!NamePattern().IsMatch(name))
        {
            throw new WorkflowDefinitionException($"'{name}' is not a valid workflow name (letters, digits, '-', '_', '.').");
        }

        if (version < 1)
        {
            throw new WorkflowDefinitionException("Versions start at 1.");
        }

        _name = name;
        _version = version;
    }

    public WorkflowBuilder Step<TActivity>(string name)
        where TActivity : IActivity =>
        Add(new StepDefinition { Name = name, Kind = StepKind.Activity, ActivityType = typeof(TActivity) });

    /// <summary>Waits for <paramref name="stimulus"/> with a key built from variables, e.g. "{copNo}"; outcomes "done" and "timeout".</summary>
    public WorkflowBuilder Wait(string name, string stimulus, string keyTemplate, TimeSpan? timeout = null) =>
        Add(new StepDefinition { Name = name, Kind = StepKind.Wait, Stimulus = stimulus, KeyTemplate = keyTemplate, Timeout = timeout });

    public WorkflowBuilder Delay(string name, TimeSpan delay) =>
        Add(new StepDefinition { Name = name, Kind = StepKind.Delay, Timeout = delay });

    /// <summary>An end state; with <paramref name="compensate"/> the compensable steps that ran are undone first, newest first.</summary>
    public WorkflowBuilder End(string name, bool compensate = false) =>
        Add(new StepDefinition { Name = name, Kind = StepKind.End, Compensate = compensate });

    public WorkflowBuilder On(string outcome, string target)
    {
        if (_steps.Count == 0 || _steps[^1].Kind == StepKind.End)
        {
            throw new WorkflowDefinitionException($"'{outcome}' → '{target}' must follow a step that is not an end.");
        }

        if (!_transitions[^1].TryAdd(outcome, target))
        {
            throw new WorkflowDefinitionException($"Step '{_steps[^1].Name}' already has a transition for '{outcome}'.");
        }

        return this;
    }

    public WorkflowBuilder Then(string target) => On(Outcomes.Done, target);

    public WorkflowDefinition Build()
    {
        var steps = _steps.Select((s, i) => s with { Transitions = _transitions[i] }).ToList();
        var problems = Validate(steps);
        return problems.Count == 0
            ? new WorkflowDefinition(_name, _version, steps)
            : throw new WorkflowDefinitionException($"{_name} v{_version}: {string.Join(" ", problems)}");
    }

    private WorkflowBuilder Add(StepDefinition step)
    {
        if (!NamePattern().IsMatch(step.Name))
        {
            throw new WorkflowDefinitionException($"'{step.Name}' is not a valid step name.");
        }

        if (_steps.Any(s => s.Name == step.Name))
        {
            throw new WorkflowDefinitionException($"Step '{step.Name}' is declared twice.");
        }

        _steps.Add(step);
        _transitions.Add(new Dictionary<string, string>(StringComparer.Ordinal));
        return this;
    }

    private static List<string> Validate(List<StepDefinition> steps)
    {
        var problems = new List<string>();
        if (steps.Count == 0 || steps[0].Kind == StepKind.End)
        {
            problems.Add("The first step must do something.");
            return problems;
        }

        var names = steps.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            problems.AddRange(step.Transitions.Where(t => !names.Contains(t.Value))
                .Select(t => $"Step '{step.Name}' goes to unknown step '{t.Value}' on '{t.Key}'."));
            if (step.Kind != StepKind.End && step.Transitions.Count == 0)
            {
                problems.Add($"Step '{step.Name}' has no way out.");
            }
        }

        if (!steps.Any(s => s.Kind == StepKind.End))
        {
            problems.Add("The route has no end.");
        }

        var reached = new HashSet<string>(StringComparer.Ordinal) { steps[0].Name };
        var queue = new Queue<StepDefinition>([steps[0]]);
        var byName = steps.ToDictionary(s => s.Name, StringComparer.Ordinal);
        while (queue.TryDequeue(out var step))
        {
            foreach (var target in step.Transitions.Values.Where(t => byName.ContainsKey(t) && reached.Add(t)))
            {
                queue.Enqueue(byName[target]);
            }
        }

        problems.AddRange(steps.Where(s => !reached.Contains(s.Name)).Select(s => $"Step '{s.Name}' cannot be reached."));
        return problems;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")]
    private static partial Regex NamePattern();
}
