using System.Globalization;
using System.Xml.Linq;
using CommerceHub.Customs.Messages;

namespace CommerceHub.Sandbox.Platforms.CustomsSingleWindow;

public sealed partial class SingleWindowLedger
{
    /// <summary>Declaration type → (receipt type, the field whose value keys outcomes and receipts, approved after acceptance).</summary>
    private static readonly Dictionary<string, (string Receipt, string KeyField, bool Approves)> Simple = new(StringComparer.Ordinal)
    {
        ["CEB303"] = ("CEB304", "orderNo", false),
        ["CEB403"] = ("CEB404", "orderNo", false),
        ["CEB505"] = ("CEB506", "logisticsNo", false),
        ["CEB507"] = ("CEB508", "copNo", false),
        ["CEB509"] = ("CEB510", "copNo", false),
        ["CEB607"] = ("CEB608", "copNo", false),
        ["CEB605"] = ("CEB606", "copNo", true),
        ["CEB701"] = ("CEB702", "copNo", true),
        ["CEB213"] = ("CEB214", "coElNo", true),
        ["CEB215"] = ("CEB216", "coElNo", false),
    };

    private AcceptedRecord Plan(Submission s, XElement record)
    {
        var head = record.Elements().FirstOrDefault(e => e.Name.LocalName.EndsWith("Head", StringComparison.Ordinal)) ?? record;
        var values = head.Elements().ToDictionary(e => e.Name.LocalName, e => (string?)e.Value, StringComparer.Ordinal);
        if (s.Type == "CEB603")
        {
            return PlanList(s, record, values);
        }

        var (receipt, keyField, approves) = Simple[s.Type];
        var key = values.GetValueOrDefault(keyField) ?? "";
        values["preNo"] = values.GetValueOrDefault("preNo") ?? PreNo(s.Now);
        var refusal = overrides.GetValueOrDefault(key) is { Outcome: CustomsOutcome.Rejection } rejected
            ? rejected.Reason ?? Settings.RejectionReason
            : s.Type switch
            {
                "CEB605" => CancelRefusal(values),
                "CEB701" => SummaryRefusal(record, values),
                "CEB213" => values.GetValueOrDefault("invtNo") is { } invt && FindByInvtNo(invt) is { Releases: true } ? null : "原出口清单不存在或未放行",
                _ => null,
            };

        var guid = values.GetValueOrDefault("guid") ?? "";
        Emit(s, receipt, key, values, "2", s.Now, $"新增申报成功[{guid}]");
        if (refusal is not null)
        {
            Emit(s, receipt, key, values, "100", s.Now.AddSeconds(Settings.AcceptSeconds), refusal);
            return new AcceptedRecord(record.Name.LocalName, key, values["preNo"], values.GetValueOrDefault("invtNo"));
        }

        Emit(s, receipt, key, values, "120", s.Now.AddSeconds(Settings.AcceptSeconds), "海关入库成功");
        if (approves)
        {
            Emit(s, receipt, key, values, "399", s.Now.AddSeconds(Settings.ReviewSeconds), "海关审结");
        }

        switch (s.Type)
        {
            case "CEB605":
                Cancel(values);
                break;
            case "CEB509":
                CloseDeparted(s, record);
                break;
            case "CEB701":
                PlanSummaryResult(s, record, values);
                break;
        }

        return new AcceptedRecord(record.Name.LocalName, key, values["preNo"], values.GetValueOrDefault("invtNo"));
    }

    private void Emit(Submission s, string receipt, string key, IReadOnlyDictionary<string, string?> values, string status, DateTimeOffset at, string info) =>
        Schedule(receipt, key, status, at, ReceiptXml.Receipt(receipt, values, status, at, info), s.DxpId, s.CopCode);

    private ListState? FindByInvtNo(string invtNo) => listsByCopNo.Values.FirstOrDefault(l => l.InvtNo == invtNo && !l.Cancelled);

    private string? CancelRefusal(Dictionary<string, string?> values)
    {
        var list = values.GetValueOrDefault("invtNo") is { } invt ? FindByInvtNo(invt) : null;
        return list switch
        {
            null => "清单不存在",
            { Rejected: true } => "清单已退单，无需撤销",
            { ClosedAt: not null } => "清单已结关，不能撤销",
            _ => null,
        };
    }

    /// <summary>Cancellation is approved at the review time: what the list would still have received after that never comes.</summary>
    private void Cancel(Dictionary<string, string?> values)
    {
        var list = FindByInvtNo(values["invtNo"]!)!; // CancelRefusal found it.
        var approvedAt = clock.GetUtcNow().AddSeconds(Settings.ReviewSeconds);
        pending.RemoveAll(p => p.MessageType == "CEB604" && p.Key == list.CopNo && p.DueAt > approvedAt);
        list.Cancelled = true;
    }

    /// <summary>A departure closes (899) every released list whose parcel it names, once both the release and the departure are in.</summary>
    private void CloseDeparted(Submission s, XElement departure)
    {
        var parcels = departure.Elements(Ceb.Ns + "DepartureList").Select(l => l.Element(Ceb.Ns + "logisticsNo")?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var list in listsByCopNo.Values.Where(l => parcels.Contains(l.LogisticsNo) && l.Releases && !l.Cancelled && l.ClosedAt is null))
        {
            var at = Max(s.Now.AddSeconds(Settings.AcceptSeconds), list.ReleaseAt!.Value).AddMilliseconds(1); // Releasing outcomes always set ReleaseAt.
            list.ClosedAt = at;
            Emit(s, "CEB604", list.CopNo, list.Keys, "899", at, "结关");
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private string NewInvtNo(string customsCode, DateTimeOffset now) =>
        customsCode + now.ToOffset(Ceb.Beijing).Year.ToString(CultureInfo.InvariantCulture) + "E" + NextSerial();
}
