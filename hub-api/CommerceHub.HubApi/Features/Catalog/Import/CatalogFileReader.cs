using System.Globalization;
using ClosedXML.Excel;
using Microsoft.VisualBasic.FileIO;

namespace CommerceHub.HubApi.Features.Catalog.Import;

/// <summary>One data row of a catalog file, numbered as a spreadsheet shows it (the header is row 1).</summary>
public sealed record ImportRow(int Number, IReadOnlyDictionary<string, string> Cells)
{
    public string? this[string column] => Cells.TryGetValue(column, out var value) && value.Length > 0 ? value : null;
}

/// <summary>Reads CSV (UTF-8, comma) and XLSX (first worksheet) into header-keyed rows.</summary>
public static class CatalogFileReader
{
    public const int MaxRows = 20_000;

    public static IReadOnlyList<ImportRow> Read(byte[] content, ImportFormat format) =>
        format == ImportFormat.Xlsx ? ReadXlsx(content) : ReadCsv(content);

    private static List<ImportRow> ReadCsv(byte[] content)
    {
        // The framework's RFC 4180 parser: quoted fields, embedded commas, quotes and line breaks.
        using var parser = new TextFieldParser(new MemoryStream(content), System.Text.Encoding.UTF8, detectEncoding: true)
        {
            TextFieldType = FieldType.Delimited,
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = true,
        };
        parser.SetDelimiters(",");
        if (parser.ReadFields() is not { Length: > 0 } header || header.All(string.IsNullOrWhiteSpace))
        {
            throw new InvalidDataException("The file has no header row.");
        }

        var rows = new List<ImportRow>();
        while (!parser.EndOfData)
        {
            var number = (int)parser.LineNumber;
            var fields = parser.ReadFields() ?? [];
            var cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Length; i++)
            {
                cells[header[i].Trim()] = i < fields.Length ? fields[i].Trim() : "";
            }

            Add(rows, new ImportRow(number, cells));
        }

        return rows;
    }

    private static List<ImportRow> ReadXlsx(byte[] content)
    {
        using var workbook = new XLWorkbook(new MemoryStream(content));
        var sheet = workbook.Worksheets.FirstOrDefault() ?? throw new InvalidDataException("The workbook has no worksheet.");
        var used = sheet.RangeUsed() ?? throw new InvalidDataException("The worksheet is empty.");
        var headerRow = used.FirstRow();
        var header = headerRow.Cells().Select(c => (Column: c.Address.ColumnNumber, Name: Text(c))).Where(h => h.Name.Length > 0).ToList();
        if (header.Count == 0)
        {
            throw new InvalidDataException("The worksheet has no header row.");
        }

        var rows = new List<ImportRow>();
        foreach (var row in used.RowsUsed().Skip(1))
        {
            var cells = header.ToDictionary(h => h.Name, h => Text(row.WorksheetRow().Cell(h.Column)), StringComparer.OrdinalIgnoreCase);
            Add(rows, new ImportRow(row.WorksheetRow().RowNumber(), cells));
        }

        return rows;
    }

    private static void Add(List<ImportRow> rows, ImportRow row)
    {
        if (row.Cells.Values.All(string.IsNullOrWhiteSpace))
        {
            return;
        }

        if (rows.Count == MaxRows)
        {
            throw new InvalidDataException($"The file has more than {MaxRows} rows; split it.");
        }

        rows.Add(row);
    }

    private static string Text(IXLCell cell) =>
        (Convert.ToString(cell.Value, CultureInfo.InvariantCulture) ?? "").Trim();
}
