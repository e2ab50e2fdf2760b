using CommerceHub.Customs.Consignments;
using static CommerceHub.Customs.Messages.Ceb;

namespace CommerceHub.Customs.Messages;

/// <summary>
/// Groups last month's closed lists for the monthly summary (due by the 15th). Lists share a declaration when they
/// have the same consignor, transport mode, destination country and exit customs, and with
/// <see cref="SummaryFlag.ByConsignorAndOwner"/> the same producer/seller too (公告2018年第194号 as summarised in the
/// customs notes; line-level grouping by HS code and currency is done by customs when it builds the declaration).
/// </summary>
public static class SummaryPlanner
{
    /// <summary>The Beijing calendar month a summary made on <paramref name="now"/> covers: the previous one.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) PreviousMonth(DateTimeOffset now)
    {
        var local = now.ToOffset(Beijing);
        var thisMonth = new DateTimeOffset(local.Year, local.Month, 1, 0, 0, 0, Beijing);
        return (thisMonth.AddMonths(-1), thisMonth);
    }

    public static IReadOnlyList<SummaryGroup> Group(IEnumerable<ClosedList> lists, DateTimeOffset from, DateTimeOffset to, SummaryFlag flag)
    {
        return [.. lists
            .Where(l => l.ClosedAt >= from && l.ClosedAt < to)
            .GroupBy(l => (l.Merchant.Code, l.TransportMode, l.DestinationCountry, l.PortCode, l.CustomsCode, Owner: flag == SummaryFlag.ByConsignorAndOwner ? l.Owner.Code : ""))
            .OrderBy(g => g.Key.ToString(), StringComparer.Ordinal)
            .Select(g =>
            {
                var first = g.First();
                return new SummaryGroup(
                    first.CustomsCode,
                    first.PortCode,
                    first.Merchant,
                    flag == SummaryFlag.ByConsignorAndOwner ? first.Owner : null,
                    first.Agent,
                    first.DestinationCountry,
                    first.TransportMode,
                    first.SiteCode,
                    [.. g.Select(l => l.InvtNo).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
            })];
    }
}
