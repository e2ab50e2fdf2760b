using System.Globalization;
using System.Xml.Linq;
using CommerceHub.Customs.Consignments;
using static CommerceHub.Customs.Messages.Ceb;

namespace CommerceHub.Customs.Messages;

public static partial class CebMessages
{
    /// <summary>The schema allows 100 summary applications in one CEB701 message.</summary>
    public const int MaxSummariesPerMessage = 100;

    /// <summary>
    /// CEB701 汇总申请单, one application per group with its lists named explicitly (no time window, so nothing is
    /// summarised that the hub did not choose). More than 100 groups give several messages.
    /// </summary>
    public static IReadOnlyList<CebDocument> SummaryApply(IReadOnlyList<SummaryGroup> groups, SummaryFlag flag, Party declarationAgent, string copNoPrefix, CebSender sender, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(declarationAgent);
        return [.. groups
            .Select((group, i) => Application(group, flag, declarationAgent, string.Create(CultureInfo.InvariantCulture, $"{copNoPrefix}{i + 1:D3}"), now))
            .Chunk(MaxSummariesPerMessage)
            .Select(chunk => CebMessageFactory.Create("CEB701", sender, chunk))];
    }

    private static XElement Application(SummaryGroup group, SummaryFlag flag, Party declarationAgent, string copNo, DateTimeOffset now)
    {
        var head = E("SummaryApplyHead", new object?[]
        {
            DeclaredHead(NewGuid(), now),
            E("customsCode", group.CustomsCode),
            E("copNo", Cut(copNo, 30)),
            E("agentCode", group.Agent.Code),
            E("agentName", group.Agent.Name),
            E("ebcCode", group.Merchant.Code),
            E("ebcName", group.Merchant.Name),
            E("declAgentCode", declarationAgent.Code),
            E("declAgentName", declarationAgent.Name),
            Opt("loctNo", group.SiteCode),
            E("summaryFlag", ((int)flag).ToString(CultureInfo.InvariantCulture)),
            E("itemNameFlag", "1"),
            E("msgCount", 1),
            E("msgSeqNo", 1),
        });
        return E("SummaryApply", new object[] { head, group.InvtNos.Select(n => E("SummaryApplyList", E("invtNo", n))) });
    }
}
