using CommerceHub.Sandbox.Core;
using CommerceHub.Sandbox.Platforms.Taobao.Catalog;

namespace CommerceHub.Sandbox.Platforms.Taobao.Orders;

/// <summary>
/// taobao.trades.sold.increment.get (modified window ≤ 1 day inside the last 3 months), taobao.trades.sold.get (by
/// created time) and taobao.trade.fullinfo.get. Lists are newest first; use_has_next swaps total_results for has_next.
/// </summary>
internal static class TaobaoTradeMethods
{
    public static IEnumerable<KeyValuePair<string, Func<TaobaoCall, IServiceProvider, IResult>>> All =>
    [
        new("taobao.trades.sold.increment.get", Increment),
        new("taobao.trades.sold.get", Sold),
        new("taobao.trade.fullinfo.get", FullInfo),
    ];

    private static IResult Increment(TaobaoCall call, IServiceProvider services)
    {
        if (new[] { "fields", "start_modified", "end_modified" }.FirstOrDefault(name => call[name] is null) is { } missing)
        {
            return TaobaoJson.Error(TaobaoErrors.MissingArgument(missing));
        }

        var now = services.GetRequiredService<SandboxClock>().GetUtcNow();
        if (TaobaoJson.ParseTime(call["start_modified"]) is not { } start || TaobaoJson.ParseTime(call["end_modified"]) is not { } end)
        {
            return TaobaoJson.Error(TaobaoErrors.InvalidArgument($"start_modified and end_modified must be {TaobaoJson.TimeFormat}"));
        }

        if (end < start || end - start > TimeSpan.FromDays(1))
        {
            return TaobaoJson.Error(TaobaoErrors.InvalidArgument("end_modified must not be before start_modified, and the window must not exceed one day"));
        }

        if (start < now.ToOffset(TaobaoJson.Offset).AddMonths(-3))
        {
            return TaobaoJson.Error(TaobaoErrors.InvalidArgument("start_modified must be within the last three months"));
        }

        return List(call, services, t => t.Modified, start, end);
    }

    private static IResult Sold(TaobaoCall call, IServiceProvider services)
    {
        if (call["fields"] is null)
        {
            return TaobaoJson.Error(TaobaoErrors.MissingArgument("fields"));
        }

        var start = TaobaoJson.ParseTime(call["start_created"]);
        var end = TaobaoJson.ParseTime(call["end_created"]);
        if ((call["start_created"] is not null && start is null) || (call["end_created"] is not null && end is null))
        {
            return TaobaoJson.Error(TaobaoErrors.InvalidArgument($"start_created and end_created must be {TaobaoJson.TimeFormat}"));
        }

        var threeMonths = services.GetRequiredService<SandboxClock>().GetUtcNow().ToOffset(TaobaoJson.Offset).AddMonths(-3);
        return List(call, services, t => t.Created, start is { } s && s > threeMonths ? s : threeMonths, end);
    }

    private static IResult FullInfo(TaobaoCall call, IServiceProvider services)
    {
        if (call["fields"] is null || call["tid"] is null)
        {
            return TaobaoJson.Error(TaobaoErrors.MissingArgument(call["fields"] is null ? "fields" : "tid"));
        }

        return call.Number("tid") is { } tid && services.GetRequiredService<TaobaoTradeBook>().Find(call.SellerId, tid) is { } trade
            ? TaobaoJson.Response(call.Method, new Dictionary<string, object?> { ["trade"] = TaobaoTradeViews.Trade(trade, Fields(call)) })
            : TaobaoJson.Error(TaobaoErrors.Business(TaobaoAssumptions.TradeNotExistSubCode, "交易不存在"));
    }

    private static IResult List(TaobaoCall call, IServiceProvider services, Func<TaobaoTrade, DateTimeOffset> time, DateTimeOffset? from, DateTimeOffset? to)
    {
        var statuses = Split(call["status"]);
        var pageNo = call.Number("page_no") ?? 1;
        var pageSize = call.Number("page_size") ?? TaobaoAssumptions.DefaultPageSize;
        if (!statuses.All(TaobaoTradeStatus.All.Contains) || pageNo < 1 || pageSize is < 1 or > TaobaoAssumptions.MaxPageSize)
        {
            return TaobaoJson.Error(TaobaoErrors.InvalidArgument($"status must be a trade status, page_no at least 1 and page_size 1-{TaobaoAssumptions.MaxPageSize}"));
        }

        var types = Split(call["type"]);
        var book = services.GetRequiredService<TaobaoCatalog>().Seller(call.SellerId)!; // TaobaoGate accepted a session for this seller.
        var matches = book.Trades.Values
            .Select(t => { lock (t.Gate) { return (Trade: t, t.Status, Time: time(t)); } })
            .Where(t => (statuses.Count == 0 || statuses.Contains(t.Status)) && (types.Count == 0 || types.Contains("fixed")))
            .Where(t => (from is null || t.Time >= from) && (to is null || t.Time <= to))
            .OrderByDescending(t => t.Time).ThenByDescending(t => t.Trade.Tid)
            .ToList();
        var fields = Fields(call);
        var page = matches.Skip((int)((pageNo - 1) * pageSize)).Take((int)pageSize).Select(t => TaobaoTradeViews.Trade(t.Trade, fields)).ToList();
        var body = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (page.Count > 0 || !TaobaoAssumptions.OmitEmptyLists)
        {
            body["trades"] = new { trade = page };
        }

        if (call["use_has_next"] == "true")
        {
            body["has_next"] = pageNo * pageSize < matches.Count;
        }
        else
        {
            body["total_results"] = matches.Count;
        }

        return TaobaoJson.Response(call.Method, body);
    }

    private static HashSet<string> Fields(TaobaoCall call) => Split(call["fields"]);

    private static HashSet<string> Split(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
}
