using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CommerceHub.Workflows.Activities;
using CommerceHub.Workflows.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.Workflows.Runtime;

/// <summary>Activities come from the step's scope: registered ones from DI, others built with their constructor's services.</summary>
internal static class ActivityFactory
{
    private static readonly ConcurrentDictionary<Type, ObjectFactory> Factories = new();

    public static IActivity Create(IServiceProvider services, Type type) =>
        services.GetService(type) as IActivity
        ?? (IActivity)Factories.GetOrAdd(type, t => ActivatorUtilities.CreateFactory(t, []))(services, []);
}

/// <summary>Builds a wait's correlation key from variables: "receipt:{copNo}" with copNo = "C1" gives "receipt:C1".</summary>
internal static partial class KeyTemplate
{
    public static string Fill(string template, JsonObject variables) =>
        Placeholder().Replace(template, m => variables[m.Groups[1].Value] is JsonValue value
            ? value.ToString()
            : throw new WorkflowDefinitionException($"The key '{template}' needs the variable '{m.Groups[1].Value}', which is not set."));

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)\}")]
    private static partial Regex Placeholder();
}
