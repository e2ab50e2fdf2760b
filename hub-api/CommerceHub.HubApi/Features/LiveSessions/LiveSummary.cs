using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.HubApi.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.LiveSessions;

/// <summary>A session's results from the orders recorded while it ran; the sums are done here because SQLite cannot sum decimals.</summary>
public static class LiveSummary
{
    public const int BestMinutes = 5;

    public static async Task<LiveSessionSummary> BuildAsync(HubDbContext db, LiveSession session, CancellationToken ct)
    {
        var rows = await db.Set<LiveSessionOrder>().AsNoTracking().Where(o => o.SessionId == session.Id).ToListAsync(ct);
        var sold = rows.Where(o => !o.Refused).ToList();
        var lines = sold.SelectMany(o => o.Lines.Select(l => (Order: o, Line: l))).ToList();
        var products = lines.GroupBy(x => x.Line.Sku)
            .Select(g => new ProductSales(g.Key, g.Sum(x => (long)x.Line.Quantity), g.Sum(x => ShareCny(x.Order, x.Line)),
                g.GroupBy(x => x.Order.Channel).ToDictionary(c => c.Key, c => c.Sum(x => (long)x.Line.Quantity))))
            .OrderByDescending(p => p.RevenueCny).ThenBy(p => p.Sku, StringComparer.Ordinal).ToList();
        var channels = sold.GroupBy(o => o.Channel)
            .Select(g => new ChannelSales(g.Key, g.Count(), g.Sum(o => o.Lines.Sum(l => (long)l.Quantity)), Revenue(g), g.Sum(o => o.AmountCny)))
            .OrderByDescending(c => c.RevenueCny).ThenBy(c => c.Channel, StringComparer.Ordinal).ToList();
        var minutes = sold.GroupBy(o => Minute(o.At))
            .Select(g => new MinuteSales(g.Key, g.Count(), g.Sum(o => o.Lines.Sum(l => (long)l.Quantity)), g.Sum(o => o.AmountCny)))
            .OrderBy(m => m.Minute).ToList();
        return new LiveSessionSummary(session.Id, session.Title, session.Status, session.StartedAt, session.EndedAt,
            sold.Count, products.Sum(p => p.Units), rows.Count(o => o.Refused), Revenue(sold), sold.Sum(o => o.AmountCny),
            products, channels,
            [.. minutes.OrderByDescending(m => m.RevenueCny).ThenBy(m => m.Minute).Take(BestMinutes)],
            minutes);
    }

    private static List<MoneyAmount> Revenue(IEnumerable<LiveSessionOrder> orders) =>
        [.. orders.GroupBy(o => o.Currency).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new MoneyAmount(g.Key, g.Sum(o => o.Amount)))];

    /// <summary>A line's share of its order's CNY amount (the order converts as a whole at the day's rate).</summary>
    private static decimal ShareCny(LiveSessionOrder order, LiveOrderLine line) =>
        order.Amount > 0 ? decimal.Round(order.AmountCny * line.Quantity * line.UnitPrice / order.Amount, 2) : 0;

    private static DateTimeOffset Minute(DateTimeOffset at) =>
        new(at.UtcDateTime.Year, at.UtcDateTime.Month, at.UtcDateTime.Day, at.UtcDateTime.Hour, at.UtcDateTime.Minute, 0, TimeSpan.Zero);
}
