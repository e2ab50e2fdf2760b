using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using CommerceHub.Customs.Messages;
using CommerceHub.Customs.Schema;

namespace CommerceHub.Customs.Receipts;

/// <summary>
/// Reads any export-side CEB message (receipts and declarations) into records keyed by copNo, invtNo, orderNo,
/// logisticsNo or guid. It reads what the schema defines but tolerates slips seen in the official samples (a root
/// named CEB214 instead of CEB214Message, repeated BaseTransfer, gnum for gseqno), reporting each as a quirk.
/// Bad input gives a <see cref="CebReadResult"/> with an error, never an exception.
/// </summary>
public static partial class CebMessageReader
{
    private static readonly HashSet<string> Envelope = new(StringComparer.Ordinal) { "BaseTransfer", "BaseSubscribe", "Signature", "ExtendMessage" };

    public static CebReadResult Read(string? xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            return Fail("empty message");
        }

        XDocument document;
        try
        {
            document = XDocument.Parse(xml.TrimStart('\uFEFF'), LoadOptions.None);
        }
        catch (XmlException ex)
        {
            return Fail($"not well-formed XML: {ex.Message}");
        }

        var root = document.Root!; // Parse succeeded, so there is a root element.
        if (root.Name.Namespace != Ceb.Ns)
        {
            return Fail($"root element {root.Name.LocalName} is not in the CEB namespace {Ceb.Ns}");
        }

        var match = RootName().Match(root.Name.LocalName);
        if (!match.Success)
        {
            return Fail($"root element {root.Name.LocalName} is not a CEB message");
        }

        var type = match.Groups[1].Value;
        if (!CebMessageKinds.All.TryGetValue(type, out var kind))
        {
            return Fail($"{type} is not an export message of the 2022-05 specification");
        }

        var quirks = new List<string>();
        if (match.Groups[2].Length == 0)
        {
            quirks.Add($"root element is {root.Name.LocalName}, the schema names it {type}Message");
        }

        quirks.AddRange(type == "CEB900" ? [] : CebSchema.Validate(xml.TrimStart('\uFEFF')).Select(e => $"schema: {e}"));
        var records = new List<CebRecord>();
        foreach (var element in root.Elements().Where(e => !Envelope.Contains(e.Name.LocalName)))
        {
            var (record, error) = ReadRecord(type, kind.Receipt, element);
            if (error is not null)
            {
                return Fail($"{type} {element.Name.LocalName} #{records.Count + 1}: {error}");
            }

            records.Add(record!); // ReadRecord returns a record whenever it returns no error.
        }

        if (records.Count == 0)
        {
            return Fail($"{type} carries no business record");
        }

        return new CebReadResult(new CebMessage(type, kind.Name, kind.Receipt, (string?)root.Attribute("guid"), records, quirks), null);
    }

    private static (CebRecord? Record, string? Error) ReadRecord(string type, bool receipt, XElement element)
    {
        // Records with a head (Order, Inventory, SummaryResult …) keep their keys there.
        var fields = element.Elements().FirstOrDefault(e => e.Name.LocalName.EndsWith("Head", StringComparison.Ordinal)) ?? element;
        string? Field(string name) => fields.Element(Ceb.Ns + name)?.Value.Trim() is { Length: > 0 } value ? value : null;

        ReceiptStatus? status = null;
        var timeText = Field("appTime");
        if (type == "CEB792")
        {
            status = Field("decState") is { } decState ? ReceiptStatus.Summary(decState) : null;
            timeText = Field("opDate");
        }
        else if (receipt)
        {
            var code = Field("returnStatus");
            status = code is null ? null : type == "CEB900" ? ReceiptStatus.FormatError(code) : ReceiptStatus.Of(code);
            timeText = Field("returnTime");
        }

        if (receipt && status is null)
        {
            return (null, type == "CEB792" ? "decState missing" : "returnStatus missing");
        }

        DateTimeOffset? time = null;
        if (timeText is not null)
        {
            time = ParseTime(timeText);
            if (time is null)
            {
                return (null, $"time '{timeText}' is not yyyyMMddHHmmss[fff]");
            }
        }
        else if (receipt)
        {
            return (null, "receipt time missing");
        }

        return (new CebRecord
        {
            Entity = element.Name.LocalName,
            Guid = Field("guid"),
            CopNo = Field("copNo"),
            PreNo = Field("preNo"),
            InvtNo = Field("invtNo"),
            OrderNo = Field("orderNo"),
            LogisticsNo = Field("logisticsNo"),
            SumNo = Field("sumNo"),
            ReturnNo = Field("coElNo"),
            EntryId = Field("entryId"),
            Status = status,
            Info = Field("returnInfo"),
            Time = time,
            ListedInvtNos = [.. element.Elements().Where(e => e.Name.LocalName is "SummaryApplyList" or "SummaryResultList").Select(e => e.Element(Ceb.Ns + "invtNo")?.Value).OfType<string>().Distinct(StringComparer.Ordinal)],
        }, null);
    }

    private static DateTimeOffset? ParseTime(string text)
    {
        var format = text.Length switch { 17 => "yyyyMMddHHmmssfff", 14 => "yyyyMMddHHmmss", _ => null };
        return format is not null && DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, Ceb.Beijing)
            : null;
    }

    private static CebReadResult Fail(string error) => new(null, error);

    [GeneratedRegex("^(CEB[0-9]{3})(Message)?$")]
    private static partial Regex RootName();
}
