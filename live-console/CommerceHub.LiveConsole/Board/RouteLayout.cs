using System.Globalization;
using System.Text.RegularExpressions;

namespace CommerceHub.LiveConsole.Board;

/// <summary>One step of a route drawing, placed on a grid: <see cref="Layer"/> rows down, <see cref="Slot"/> across.</summary>
public sealed record RouteNode(string Id, string Step, string? Note, int Layer, int Slot);

/// <summary>One transition: from a step to the next on an outcome.</summary>
public sealed record RouteEdge(string From, string To, string Outcome);

/// <summary>
/// A route's Mermaid <c>stateDiagram-v2</c> (as the hub writes it: <c>state "label" as sN</c>, <c>a --> b : outcome</c>,
/// <c>[*] --> a</c>) read back into steps and transitions and laid out in layers by distance from the start, so the
/// board draws it itself: no Mermaid script, which would need a CDN or a bundle.
/// </summary>
public sealed partial class RouteLayout
{
    private RouteLayout(IReadOnlyList<RouteNode> nodes, IReadOnlyList<RouteEdge> edges, string? start)
    {
        Nodes = nodes;
        Edges = edges;
        Start = start;
    }

    public IReadOnlyList<RouteNode> Nodes { get; }

    public IReadOnlyList<RouteEdge> Edges { get; }

    public string? Start { get; }

    public int Layers => Nodes.Count == 0 ? 0 : Nodes.Max(n => n.Layer) + 1;

    public int Width => Nodes.Count == 0 ? 0 : Nodes.GroupBy(n => n.Layer).Max(g => g.Count());

    public RouteNode? Find(string id) => Nodes.FirstOrDefault(n => n.Id == id);

    public static RouteLayout Parse(string mermaid)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = new List<string>();
        var edges = new List<RouteEdge>();
        string? start = null;
        foreach (var raw in mermaid.Split('\n'))
        {
            var line = raw.Trim();
            if (StateLine().Match(line) is { Success: true } state)
            {
                labels[state.Groups["id"].Value] = state.Groups["label"].Value;
                order.Add(state.Groups["id"].Value);
            }
            else if (EdgeLine().Match(line) is { Success: true } edge)
            {
                var (from, to) = (edge.Groups["from"].Value, edge.Groups["to"].Value);
                if (from == "[*]")
                {
                    start = to;
                }
                else if (to != "[*]")
                {
                    edges.Add(new RouteEdge(from, to, edge.Groups["outcome"].Value.Trim()));
                    foreach (var id in new[] { from, to }.Where(id => !labels.ContainsKey(id)))
                    {
                        labels[id] = id;
                        order.Add(id);
                    }
                }
            }
        }

        var layers = LayerByDistance(order, edges, start);
        var nodes = order
            .GroupBy(id => layers[id])
            .SelectMany(g => g.Select((id, slot) => Node(id, labels[id], g.Key, slot)))
            .ToList();
        return new RouteLayout(nodes, edges, start);
    }

    /// <summary>Breadth-first from the start; steps the start cannot reach go below the rest.</summary>
    private static Dictionary<string, int> LayerByDistance(List<string> order, List<RouteEdge> edges, string? start)
    {
        var layers = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        if (start is not null && order.Contains(start))
        {
            layers[start] = 0;
            queue.Enqueue(start);
        }

        while (queue.TryDequeue(out var id))
        {
            foreach (var edge in edges.Where(e => e.From == id && !layers.ContainsKey(e.To)))
            {
                layers[edge.To] = layers[id] + 1;
                queue.Enqueue(edge.To);
            }
        }

        var below = layers.Count == 0 ? 0 : layers.Values.Max() + 1;
        foreach (var id in order.Where(id => !layers.ContainsKey(id)))
        {
            layers[id] = below;
        }

        return layers;
    }

    // The hub labels a step "name (waits for scan:inbound)": the name is what CurrentStep and VisitedSteps carry.
    private static RouteNode Node(string id, string label, int layer, int slot)
    {
        var open = label.IndexOf(" (", StringComparison.Ordinal);
        return open > 0 && label.EndsWith(')')
            ? new RouteNode(id, label[..open], label[(open + 2)..^1], layer, slot)
            : new RouteNode(id, label, null, layer, slot);
    }

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    [GeneratedRegex("""^state\s+"(?<label>[^"]*)"\s+as\s+(?<id>\S+)$""")]
    private static partial Regex StateLine();

    [GeneratedRegex("""^(?<from>\S+)\s+-->\s+(?<to>[^\s:]+)(\s*:\s*(?<outcome>.*))?$""")]
    private static partial Regex EdgeLine();
}
