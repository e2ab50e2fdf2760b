namespace CommerceHub.Sandbox.Platforms.Taobao.Catalog;

/// <summary>
/// taobao.items.onsale.get and taobao.items.inventory.get (the seller's listed and delisted items, newest change first,
/// paged) and taobao.items.custom.get (items by outer_id). Only the requested fields are returned.
/// </summary>
internal static class TaobaoItemReadMethods
{
    public static IEnumerable<KeyValuePair<string, Func<TaobaoCall, IServiceProvider, IResult>>> All =>
    [
        new("taobao.items.onsale.get", (call, services) => List(call, services, "onsale")),
        new("taobao.items.inventory.get", (call, services) => List(call, services, "instock")),
        new("taobao.items.custom.get", Custom),
    ];

    private static IResult List(TaobaoCall call, IServiceProvider services, string approveStatus)
    {
        if (call["fields"] is null)
        {
            return TaobaoJson.Error(TaobaoErrors.MissingArgument("fields"));
        }

        var pageNo = call.Number("page_no") ?? 1;
        var pageSize = call.Number("page_size") ?? TaobaoAssumptions.DefaultPageSize;
        if (pageNo < 1 || pageSize is < 1 or > TaobaoAssumptions.MaxPageSize)
        {
            return TaobaoJson.Error(TaobaoErrors.InvalidArgument($"page_no must be at least 1 and page_size 1-{TaobaoAssumptions.MaxPageSize}"));
        }

        var book = services.GetRequiredService<TaobaoCatalog>().Seller(call.SellerId)!; // TaobaoGate accepted a session for this seller.
        var matches = book.Items.Values
            .Select(i => { lock (i.Gate) { return (Item: i, i.ApproveStatus, i.Modified); } })
            .Where(i => i.ApproveStatus == approveStatus)
            .OrderByDescending(i => i.Modified).ThenByDescending(i => i.Item.NumIid)
            .ToList();
        var fields = Fields(call);
        var page = matches.Skip((int)((pageNo - 1) * pageSize)).Take((int)pageSize).Select(i => View(i.Item, fields)).ToList();
        var body = new Dictionary<string, object?>(StringComparer.Ordinal) { ["total_results"] = matches.Count };
        if (page.Count > 0 || !TaobaoAssumptions.OmitEmptyLists)
        {
            body["items"] = new { item = page };
        }

        return TaobaoJson.Response(call.Method, body);
    }

    private static IResult Custom(TaobaoCall call, IServiceProvider services)
    {
        if (new[] { "outer_id", "fields" }.FirstOrDefault(name => call[name] is null) is { } missing)
        {
            return TaobaoJson.Error(TaobaoErrors.MissingArgument(missing));
        }

        var outerIds = call["outer_id"]!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var book = services.GetRequiredService<TaobaoCatalog>().Seller(call.SellerId)!; // TaobaoGate accepted a session for this seller.
        var fields = Fields(call);
        var items = book.Items.Values.Where(i => outerIds.Contains(i.OuterId)).OrderBy(i => i.NumIid).Select(i => View(i, fields)).ToList();
        var body = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (items.Count > 0 || !TaobaoAssumptions.OmitEmptyLists)
        {
            body["items"] = new { item = items };
        }

        return TaobaoJson.Response(call.Method, body);
    }

    private static Dictionary<string, object?> View(TaobaoItem item, HashSet<string> fields)
    {
        lock (item.Gate)
        {
            var view = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["num_iid"] = item.NumIid,
                ["title"] = item.Title,
                ["outer_id"] = item.OuterId,
                ["cid"] = item.Cid,
                ["price"] = TaobaoJson.Money(item.Price),
                ["num"] = item.Num,
                ["approve_status"] = item.ApproveStatus,
                ["modified"] = TaobaoJson.Time(item.Modified),
                ["created"] = TaobaoJson.Time(item.Created),
            };
            return view.Where(p => fields.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        }
    }

    private static HashSet<string> Fields(TaobaoCall call) =>
        (call["fields"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
}
