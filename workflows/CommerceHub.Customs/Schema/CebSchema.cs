using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace CommerceHub.Customs.Schema;

/// <summary>
/// The official 2022-05 export schema, loaded once from the assembly. Validation never throws for a bad message: it
/// returns every schema error with its line, so a caller can answer with them (the simulator's CEB900) or refuse to send.
/// </summary>
public static class CebSchema
{
    private const string ResourcePrefix = "CommerceHub.Customs.Xsd.";

    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load);

    public static IReadOnlyList<string> Validate(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var errors = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Schemas.Value,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
        };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add(Describe(e.Exception));
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            while (reader.Read())
            {
            }
        }
        catch (XmlException ex)
        {
            errors.Add($"not well-formed XML: {ex.Message}");
        }

        return errors;
    }

    public static IReadOnlyList<string> Validate(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Validate(document.ToString(SaveOptions.DisableFormatting));
    }

    private static string Describe(XmlSchemaException ex) =>
        ex.LineNumber > 0 ? $"line {ex.LineNumber}, position {ex.LinePosition}: {ex.Message}" : ex.Message;

    private static XmlSchemaSet Load()
    {
        // The set resolves the export schema's import of xmldsig by namespace, so no resolver (and no file or network access) is needed.
        var set = new XmlSchemaSet { XmlResolver = null };
        foreach (var name in new[] { "xmldsig-core-schema.xsd", "ceb-export-messages-202205.xsd" })
        {
            using var stream = typeof(CebSchema).Assembly.GetManifestResourceStream(ResourcePrefix + name)
                ?? throw new InvalidOperationException($"Embedded schema {name} is missing from the assembly.");
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }
}
