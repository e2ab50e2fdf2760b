using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using CommerceHub.Workflows.Activities;

namespace CommerceHub.Workflows.Definitions;

/// <summary>Lets staff see a route: as JSON (every step with its activity, inputs, outputs and transitions) or as a Mermaid graph.</summary>
public static class DefinitionExport
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string ToJson(this WorkflowDefinition definition) =>
        JsonSerializer.Serialize(new DefinitionView(definition.Name, definition.Version, definition.Start,
            definition.Steps.Select(View).ToList()), Options);

    /// <summary>A Mermaid state diagram (<c>stateDiagram-v2</c>) of the same graph the runtime follows.</summary>
    public static string ToMermaid(this WorkflowDefinition definition) => StepGraph.Mermaid(definition);

    private static StepView View(StepDefinition step)
    {
        var activity = step.ActivityType;
        var instance = activity is null ? null : activity.GetInterfaces();
        return new StepView(step.Name, step.Kind, activity?.Name,
            activity is null ? null : Properties(activity, nameof(IActivity.InputType)),
            activity is null ? null : Properties(activity, nameof(IActivity.OutputType)),
            instance?.Contains(typeof(ICompensableActivity)) == true ? true : null,
            step.Stimulus, step.KeyTemplate, step.Timeout?.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
            step.Kind == StepKind.End ? step.Compensate : null,
            step.Transitions.Count == 0 ? null : step.Transitions);
    }

    /// <summary>The property names of an activity's input or output record, found through its Activity&lt;TInput,TOutput&gt; base.</summary>
    private static List<string> Properties(Type activity, string which)
    {
        for (var type = activity; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Activity<,>))
            {
                var record = type.GetGenericArguments()[which == nameof(IActivity.InputType) ? 0 : 1];
                return record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToList();
            }
        }

        return [];
    }

    private sealed record DefinitionView(string Name, int Version, string Start, List<StepView> Steps);

    private sealed record StepView(string Name, StepKind Kind, string? Activity, List<string>? Inputs, List<string>? Outputs,
        bool? Compensable, string? Stimulus, string? Key, string? Timeout, bool? Compensate, IReadOnlyDictionary<string, string>? Transitions);
}
