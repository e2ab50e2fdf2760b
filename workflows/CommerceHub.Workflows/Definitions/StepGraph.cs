using Stateless;
using System.Globalization;

namespace CommerceHub.Workflows.Definitions;

/// <summary>A definition's steps as a Stateless machine (states are steps, triggers are outcomes), and its Mermaid drawing.</summary>
internal static class StepGraph
{
    /// <summary>The step an outcome leads to; only the current step is configured, so this stays cheap per transition.</summary>
    public static string Next(WorkflowDefinition definition, string from, string outcome)
    {
        var machine = new StateMachine<string, string>(from);
        Configure(machine, definition.Step(from));
        machine.OnUnhandledTrigger((state, trigger) =>
            throw new WorkflowDefinitionException($"Step '{state}' of {definition.Name} v{definition.Version} has no transition for outcome '{trigger}'."));
        machine.Fire(outcome);
        return machine.State;
    }

    /// <summary>
    /// A Mermaid state diagram. Steps get generated ids with the step name as label, because Mermaid ids cannot hold
    /// '-' and stripping it could merge two steps; waits show their stimulus and compensating ends say so.
    /// </summary>
    public static string Mermaid(WorkflowDefinition definition)
    {
        var ids = definition.Steps.Select((s, i) => (s.Name, Id: $"s{i}")).ToDictionary(p => p.Name, p => p.Id, StringComparer.Ordinal);
        var text = new System.Text.StringBuilder("stateDiagram-v2\n");
        foreach (var step in definition.Steps)
        {
            var label = step.Kind switch
            {
                StepKind.Wait => $"{step.Name} (waits for {step.Stimulus})",
                StepKind.Delay => $"{step.Name} (timer)",
                StepKind.End when step.Compensate => $"{step.Name} (undoes done steps)",
                _ => step.Name,
            };
            text.Append(CultureInfo.InvariantCulture, $"    state \"{label}\" as {ids[step.Name]}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"    [*] --> {ids[definition.Start]}\n");
        foreach (var step in definition.Steps)
        {
            foreach (var (outcome, target) in step.Transitions)
            {
                text.Append(CultureInfo.InvariantCulture, $"    {ids[step.Name]} --> {ids[target]} : {outcome}\n");
            }

            if (step.Kind == StepKind.End)
            {
                text.Append(CultureInfo.InvariantCulture, $"    {ids[step.Name]} --> [*]\n");
            }
        }

        return text.ToString();
    }

    private static void Configure(StateMachine<string, string> machine, StepDefinition step)
    {
        var state = machine.Configure(step.Name);
        foreach (var (outcome, target) in step.Transitions)
        {
            if (target == step.Name)
            {
                state.PermitReentry(outcome);
            }
            else
            {
                state.Permit(outcome, target);
            }
        }
    }
}
