using Stateless;
using Stateless.Graph;

namespace CommerceHub.Workflows.Definitions;

/// <summary>A definition's steps as a Stateless machine: states are steps, triggers are outcomes.</summary>
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

    public static string Mermaid(WorkflowDefinition definition)
    {
        var machine = new StateMachine<string, string>(definition.Start);
        foreach (var step in definition.Steps)
        {
            Configure(machine, step);
        }

        return MermaidGraph.Format(machine.GetInfo());
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
