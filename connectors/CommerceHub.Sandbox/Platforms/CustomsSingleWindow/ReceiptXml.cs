using System.Xml.Linq;
using CommerceHub.Customs.Messages;

namespace CommerceHub.Sandbox.Platforms.CustomsSingleWindow;

/// <summary>Writes receipt messages in the element order of the 2022-05 schema; optional fields with no value are left out.</summary>
internal static class ReceiptXml
{
    /// <summary>Receipt type → (record element, fields in schema order; a trailing ? marks an optional one).</summary>
    private static readonly Dictionary<string, (string Entity, string[] Fields)> Shapes = new(StringComparer.Ordinal)
    {
        ["CEB304"] = ("OrderReturn", ["guid", "ebpCode", "ebcCode", "orderNo"]),
        ["CEB404"] = ("ReceiptsReturn", ["guid", "ebcCode", "orderNo", "payNo?"]),
        ["CEB506"] = ("LogisticsReturn", ["guid", "logisticsCode", "logisticsNo"]),
        ["CEB508"] = ("ArrivalReturn", ["guid", "operatorCode", "logisticsCode", "preNo", "copNo", "billNo", "msgSeqNo"]),
        ["CEB510"] = ("DepartureReturn", ["guid", "logisticsCode", "copNo", "preNo", "msgSeqNo"]),
        ["CEB604"] = ("InventoryReturn", ["guid", "agentCode", "copNo", "preNo", "invtNo", "ebcCode", "ebpCode", "orderNo", "statisticsFlag"]),
        ["CEB606"] = ("InvtCancelReturn", ["guid", "agentCode", "copNo", "preNo", "invtNo"]),
        ["CEB608"] = ("WayBillReturn", ["guid", "agentCode", "logisticsCode", "copNo", "preNo", "billNo", "msgSeqNo"]),
        ["CEB702"] = ("SummaryReturn", ["guid", "agentCode", "ebcCode", "copNo", "preNo", "sumNo?", "msgSeqNo"]),
        ["CEB214"] = ("RefundReturn", ["guid", "ebpCode?", "ebcCode?", "agentCode", "coElNo", "preNo?", "invtNo"]),
        ["CEB216"] = ("InvtRefundDetailReturn", ["guid", "operatorCode", "logisticsCode", "logisticsNo", "coElNo", "preNo?"]),
    };

    public static bool Knows(string receiptType) => Shapes.ContainsKey(receiptType);

    public static string Receipt(string receiptType, IReadOnlyDictionary<string, string?> values, string status, DateTimeOffset time, string info)
    {
        var (entity, fields) = Shapes[receiptType];
        var record = new XElement(Ceb.Ns + entity);
        foreach (var field in fields)
        {
            var name = field.TrimEnd('?');
            var value = values.GetValueOrDefault(name);
            if (!string.IsNullOrEmpty(value) || !field.EndsWith('?'))
            {
                record.Add(new XElement(Ceb.Ns + name, value ?? ""));
            }
        }

        record.Add(
            new XElement(Ceb.Ns + "returnStatus", status),
            new XElement(Ceb.Ns + "returnTime", Ceb.ReturnTime(time)),
            new XElement(Ceb.Ns + "returnInfo", Ceb.Cut(info, 1000)));
        return Message(receiptType, record);
    }

    /// <summary>
    /// CEB900 is not in the published export schema; its shape (MessageReturn: guid, returnStatus, returnTime,
    /// returnInfo) follows public client code and is a guess (see SingleWindowAssumptions).
    /// </summary>
    public static string FormatError(string? originalGuid, DateTimeOffset time, string info) => Message(
        "CEB900",
        new XElement(
            Ceb.Ns + "MessageReturn",
            new XElement(Ceb.Ns + "guid", originalGuid ?? Ceb.NewGuid()),
            new XElement(Ceb.Ns + "returnStatus", "-1"),
            new XElement(Ceb.Ns + "returnTime", Ceb.ReturnTime(time)),
            new XElement(Ceb.Ns + "returnInfo", Ceb.Cut(info, 1000))));

    /// <summary>CEB792: customs built export declaration <paramref name="entryId"/> from a summary application.</summary>
    public static string SummaryResult(SummaryOutcome summary, DateTimeOffset time)
    {
        var head = new XElement(
            Ceb.Ns + "SummaryResultHead",
            E("guid", summary.Guid), E("customsCode", summary.CustomsCode), E("sumNo", summary.SumNo), E("opDate", Ceb.ReturnTime(time)),
            E("declSeqNo", summary.DeclSeqNo), E("entryId", summary.EntryId), E("decState", "10"), E("agentCode", summary.AgentCode),
            E("agentName", summary.AgentName), E("ebcCode", summary.EbcCode), E("ebcName", summary.EbcName), E("declAgentCode", summary.DeclAgentCode),
            E("declAgentName", summary.DeclAgentName), E("grossWeight", Ceb.Decimal(summary.GrossWeight)), E("netWeight", Ceb.Decimal(summary.NetWeight)),
            E("msgCount", "1"), E("msgSeqNo", "1"));
        var lines = summary.Lines.Select((l, i) => new XElement(
            Ceb.Ns + "SummaryResultList",
            E("invtNo", l.InvtNo), E("logisticsNo", l.LogisticsNo), E("gseqno", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            E("gnum", l.Gnum.ToString(System.Globalization.CultureInfo.InvariantCulture)), E("gcode", l.Gcode)));
        return Message("CEB792", new XElement(Ceb.Ns + "SummaryResult", head, lines));
    }

    private static XElement E(string name, string value) => new(Ceb.Ns + name, value);

    private static string Message(string type, XElement record)
    {
        var root = new XElement(Ceb.Ns + (type + "Message"), new XAttribute("guid", Ceb.NewGuid()), new XAttribute("version", "1.0"), new XAttribute(XNamespace.Xmlns + "ceb", Ceb.Ns), record);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root;
    }
}

/// <summary>What CEB792 reports for one summary application.</summary>
internal sealed record SummaryOutcome(
    string Guid, string CustomsCode, string SumNo, string DeclSeqNo, string EntryId, string AgentCode, string AgentName, string EbcCode, string EbcName,
    string DeclAgentCode, string DeclAgentName, decimal GrossWeight, decimal NetWeight, IReadOnlyList<SummaryLine> Lines);

internal sealed record SummaryLine(string InvtNo, string LogisticsNo, int Gnum, string Gcode);
