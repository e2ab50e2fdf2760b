using System.Globalization;
using System.Xml.Linq;
using CommerceHub.Customs.Messages;

namespace CommerceHub.Sandbox.Platforms.CustomsSingleWindow;

public sealed partial class SingleWindowLedger
{
    /// <summary>Lists named in a summary application, or those of the consignor closed in its time window.</summary>
    private IReadOnlyList<ListState> SummaryLists(XElement apply, IReadOnlyDictionary<string, string?> head)
    {
        var named = apply.Elements(Ceb.Ns + "SummaryApplyList").Select(l => l.Element(Ceb.Ns + "invtNo")?.Value).OfType<string>().ToArray();
        if (head.GetValueOrDefault("startTime") is { } start && head.GetValueOrDefault("endTime") is { } end)
        {
            return [.. listsByCopNo.Values.Where(l => l.EbcCode == head.GetValueOrDefault("ebcCode") && l.ClosedAt is { } closed
                && string.CompareOrdinal(Ceb.AppTime(closed), start) >= 0 && string.CompareOrdinal(Ceb.AppTime(closed), end) <= 0)];
        }

        return [.. named.Select(FindByInvtNo).OfType<ListState>()];
    }

    private string? SummaryRefusal(XElement apply, IReadOnlyDictionary<string, string?> head)
    {
        var now = clock.GetUtcNow();
        var named = apply.Elements(Ceb.Ns + "SummaryApplyList").Select(l => l.Element(Ceb.Ns + "invtNo")?.Value).OfType<string>().ToArray();
        var lists = SummaryLists(apply, head);
        if (lists.Count == 0)
        {
            return "没有可汇总的清单";
        }

        var notClosed = named.Where(n => FindByInvtNo(n) is not { ClosedAt: { } closed } || closed > now).ToArray();
        return notClosed.Length > 0 ? "清单不存在或未结关: " + string.Join(",", notClosed) : null;
    }

    /// <summary>CEB792 at review time: one export declaration (entryId) for the application's lists.</summary>
    private void PlanSummaryResult(Submission s, XElement apply, Dictionary<string, string?> head)
    {
        var lists = SummaryLists(apply, head);
        var at = s.Now.AddSeconds(Settings.ReviewSeconds).AddMilliseconds(1);
        var customsCode = head.GetValueOrDefault("customsCode") ?? "0000";
        var year = at.ToOffset(Ceb.Beijing).Year.ToString(CultureInfo.InvariantCulture);
        var sumNo = head.GetValueOrDefault("sumNo") ?? "S" + Ceb.Date(at) + NextSerial();
        head["sumNo"] = sumNo;
        var summary = new SummaryOutcome(
            head.GetValueOrDefault("guid") ?? "",
            customsCode,
            sumNo,
            "D" + Ceb.Date(at) + NextSerial(),
            customsCode + year + "1" + NextSerial(),
            head.GetValueOrDefault("agentCode") ?? "",
            head.GetValueOrDefault("agentName") ?? "",
            head.GetValueOrDefault("ebcCode") ?? "",
            head.GetValueOrDefault("ebcName") ?? "",
            head.GetValueOrDefault("declAgentCode") ?? "",
            head.GetValueOrDefault("declAgentName") ?? "",
            lists.Sum(l => l.GrossWeight),
            lists.Sum(l => l.NetWeight),
            [.. lists.SelectMany(l => l.Lines.Select(line => new SummaryLine(l.InvtNo, l.LogisticsNo, line.Gnum, line.Gcode)))]);
        Schedule("CEB792", head.GetValueOrDefault("copNo") ?? "", "10", at, ReceiptXml.SummaryResult(summary, at), s.DxpId, s.CopCode);
    }
}
