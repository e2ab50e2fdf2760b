using System.Globalization;
using CommerceHub.Customs.Consignments;
using CommerceHub.Customs.Messages;
using CommerceHub.HubApi.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CommerceHub.HubApi.Features.Consignments;

/// <summary>
/// The monthly summary (CEB701), due by the 15th: last month's closed lists, grouped by consignor, transport mode,
/// destination country and exit customs, one application per group. Runs on the 1st; safe to run again, since the
/// message guids derive from the month and group, and summarised lists are marked.
/// </summary>
public sealed partial class MonthlySummaryJob(HubDbContext db, SingleWindowClient window, IOptions<CustomsOptions> options, TimeProvider clock,
    ILogger<MonthlySummaryJob> logger)
{
    public const string JobId = "customs-monthly-summary";

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var (from, to) = SummaryPlanner.PreviousMonth(now);
        var closed = await db.Set<Consignment>().IgnoreQueryFilters()
            .Where(c => c.ClosedAt != null && c.SummarisedAt == null && c.InvtNo != null).ToListAsync(ct);
        closed = [.. closed.Where(c => c.ClosedAt >= from && c.ClosedAt < to)];
        if (closed.Count == 0)
        {
            return 0;
        }

        var o = options.Value;
        var merchant = new Party(o.CopCode, o.CopName);
        var agent = new Party(o.AgentCode, o.AgentName);
        var lists = closed.Select(c => new ClosedList(c.InvtNo!, c.CustomsCode, c.CustomsCode, merchant, merchant, agent,
            ConsignmentRouting.CustomsCountries.GetValueOrDefault(c.DestinationCountry, "142"), ConsignmentRouting.TrafModes.GetValueOrDefault(c.TransportMode, "4"),
            null, c.ClosedAt!.Value));
        var groups = SummaryPlanner.Group(lists, from, to, SummaryFlag.ByConsignor);
        var month = from.ToOffset(Ceb.Beijing).ToString("yyyyMM", CultureInfo.InvariantCulture);
        var documents = CebMessages.SummaryApply(groups, SummaryFlag.ByConsignor, agent, $"SUM{month}-", window.Sender, now);
        for (var i = 0; i < documents.Count; i++)
        {
            await window.SendAsync(documents[i], $"summary:{month}:{i}", ct);
        }

        foreach (var c in closed)
        {
            c.SummarisedAt = now;
        }

        await db.SaveChangesAsync(ct);
        LogSummarised(logger, closed.Count, documents.Count, month);
        return documents.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Monthly summary: {Lists} closed lists in {Applications} CEB701 applications for {Month}")]
    private static partial void LogSummarised(ILogger logger, int lists, int applications, string month);
}
