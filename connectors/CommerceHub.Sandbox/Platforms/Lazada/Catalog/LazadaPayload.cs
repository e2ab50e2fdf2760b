using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;

namespace CommerceHub.Sandbox.Platforms.Lazada.Catalog;

/// <summary>
/// Lazada's product payload comes as XML (&lt;Request&gt;&lt;Product&gt;…) or as the same tree in JSON
/// ({"Request":{"Product":…}}). Both are read into one case-insensitive JSON tree so handlers see a single shape;
/// a list with one entry may arrive as an object, so <see cref="Many"/> accepts either.
/// </summary>
internal static class LazadaPayload
{
    private static readonly JsonNodeOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The Product node of the payload; null when the payload is neither JSON nor XML of that shape.</summary>
    public static JsonObject? Product(string payload)
    {
        var root = payload.TrimStart().StartsWith('<') ? FromXml(payload) : FromJson(payload);
        return root?["Request"]?["Product"] as JsonObject;
    }

    public static IReadOnlyList<JsonNode> Many(JsonNode? parent, string child) => parent?[child] switch
    {
        JsonArray array => [.. array.OfType<JsonNode>()],
        JsonNode single => [single],
        null => [],
    };

    public static string? Text(JsonNode? node) => node is JsonValue value
        ? value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
            _ => null,
        }
        : null;

    public static long? Long(JsonNode? node) => long.TryParse(Text(node), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    public static decimal? Decimal(JsonNode? node) => decimal.TryParse(Text(node), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static JsonObject? FromJson(string payload)
    {
        try
        {
            return JsonNode.Parse(payload, CaseInsensitive) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonObject? FromXml(string payload)
    {
        try
        {
            // No DTDs: a payload must not make the sandbox fetch or expand entities.
            using var reader = XmlReader.Create(new StringReader(payload), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            var root = XDocument.Load(reader).Root;
            return root is null ? null : new JsonObject(CaseInsensitive) { [root.Name.LocalName] = Convert(root) };
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static JsonNode Convert(XElement element)
    {
        if (!element.HasElements)
        {
            return JsonValue.Create(element.Value)!; // Only null for a null string; XElement.Value never is.
        }

        var node = new JsonObject(CaseInsensitive);
        foreach (var group in element.Elements().GroupBy(e => e.Name.LocalName, StringComparer.OrdinalIgnoreCase))
        {
            var children = group.Select(Convert).ToList();
            node[group.Key] = children.Count == 1 ? children[0] : new JsonArray([.. children]);
        }

        return node;
    }
}
