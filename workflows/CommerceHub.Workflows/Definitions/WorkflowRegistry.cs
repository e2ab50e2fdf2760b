namespace CommerceHub.Workflows.Definitions;

/// <summary>Every version of every definition this node knows. New instances take the latest; running ones keep theirs.</summary>
public sealed class WorkflowRegistry
{
    private readonly Dictionary<(string, int), WorkflowDefinition> _byVersion = [];
    private readonly Dictionary<string, WorkflowDefinition> _latest = new(StringComparer.Ordinal);

    public WorkflowRegistry(IEnumerable<WorkflowDefinition> definitions)
    {
        foreach (var definition in definitions)
        {
            if (!_byVersion.TryAdd((definition.Name, definition.Version), definition))
            {
                throw new WorkflowDefinitionException($"{definition.Name} v{definition.Version} is registered twice.");
            }

            if (!_latest.TryGetValue(definition.Name, out var latest) || latest.Version < definition.Version)
            {
                _latest[definition.Name] = definition;
            }
        }
    }

    public IReadOnlyCollection<WorkflowDefinition> All => _byVersion.Values;

    public WorkflowDefinition? Find(string name, int version) => _byVersion.GetValueOrDefault((name, version));

    public WorkflowDefinition? Latest(string name) => _latest.GetValueOrDefault(name);
}
