using System.Globalization;
using System.Xml.Linq;
using CommerceHub.Customs.Messages;

namespace CommerceHub.Sandbox.Platforms.CustomsSingleWindow;

public sealed partial class SingleWindowLedger
{
    /// <summary>
    /// An inventory list gets its preNo and invtNo, then the receipts of its outcome: an operator's choice for its
    /// copNo, else a draw from the configured mix. A copNo already in use by a live list is refused (100), as customs does.
    /// </summary>
    private AcceptedRecord PlanList(Submission s, XElement record, Dictionary<string, string?> values)
    {
        var copNo = values.GetValueOrDefault("copNo") ?? "";
        var guid = values.GetValueOrDefault("guid") ?? "";
        values["preNo"] = PreNo(s.Now);
        values["invtNo"] = NewInvtNo(values.GetValueOrDefault("customsCode") ?? "0000", s.Now);
        var chosen = overrides.GetValueOrDefault(copNo);
        var outcome = chosen?.Outcome ?? Settings.Draw(random);
        var live = listsByCopNo.GetValueOrDefault(copNo) is { Rejected: false, Cancelled: false };
        if (live)
        {
            outcome = CustomsOutcome.Rejection;
        }

        var accept = s.Now.AddSeconds(Settings.AcceptSeconds);
        var review = s.Now.AddSeconds(Settings.ReviewSeconds);
        var decision = s.Now.AddSeconds(Settings.DecisionSeconds);
        var afterInspection = decision.AddSeconds(Settings.InspectionSeconds);
        DateTimeOffset? releaseAt = outcome switch
        {
            CustomsOutcome.Release => decision,
            CustomsOutcome.ManualReview => afterInspection,
            CustomsOutcome.Inspection => afterInspection,
            _ => null,
        };
        if (!live)
        {
            listsByCopNo[copNo] = new ListState
            {
                CopNo = copNo,
                PreNo = values["preNo"]!,
                InvtNo = values["invtNo"]!,
                LogisticsNo = values.GetValueOrDefault("logisticsNo") ?? "",
                EbcCode = values.GetValueOrDefault("ebcCode") ?? "",
                Keys = new Dictionary<string, string?>(values, StringComparer.Ordinal),
                // The schema check passed, so every list line has its gnum and gcode.
                Lines = [.. record.Elements(Ceb.Ns + "InventoryList").Select(l => (int.Parse(l.Element(Ceb.Ns + "gnum")!.Value, CultureInfo.InvariantCulture), l.Element(Ceb.Ns + "gcode")!.Value))],
                GrossWeight = decimal.Parse(values.GetValueOrDefault("grossWeight") ?? "0", CultureInfo.InvariantCulture),
                NetWeight = decimal.Parse(values.GetValueOrDefault("netWeight") ?? "0", CultureInfo.InvariantCulture),
                Outcome = outcome,
                ReleaseAt = releaseAt,
            };
        }

        void List(string status, DateTimeOffset at, string info) => Emit(s, "CEB604", copNo, values, status, at, info);
        List("2", s.Now, $"新增申报成功[{guid}]");
        if (outcome == CustomsOutcome.Rejection)
        {
            List("100", accept, live ? $"企业内部编号[{copNo}]重复申报" : chosen?.Reason ?? Settings.RejectionReason);
            return new AcceptedRecord(record.Name.LocalName, copNo, values["preNo"], values["invtNo"]);
        }

        List("120", accept, "海关入库成功");
        if (outcome == CustomsOutcome.ManualReview)
        {
            List("300", review, "转人工审核");
            List("399", review.AddSeconds(Settings.InspectionSeconds), "海关审结");
            List("800", afterInspection, "放行");
            return new AcceptedRecord(record.Name.LocalName, copNo, values["preNo"], values["invtNo"]);
        }

        List("399", review, "海关审结");
        if (outcome == CustomsOutcome.Release)
        {
            List("800", decision, "放行");
            return new AcceptedRecord(record.Name.LocalName, copNo, values["preNo"], values["invtNo"]);
        }

        List("500", decision, "布控查验");
        var (status, info) = outcome switch
        {
            CustomsOutcome.Inspection => ("800", "查验正常，放行"),
            CustomsOutcome.Detention => (chosen?.DetentionCode ?? Settings.DetentionCode, chosen?.Reason ?? "查验异常，货物扣留"),
            _ => ("700", chosen?.Reason ?? "查验不合格，退运"),
        };
        List(status, afterInspection, info);
        return new AcceptedRecord(record.Name.LocalName, copNo, values["preNo"], values["invtNo"]);
    }
}
