namespace CommerceHub.Sandbox.Platforms.Taobao.Catalog;

/// <summary>
/// taobao.item.update (title and desc), taobao.item.update.delisting (to instock) and taobao.item.update.listing
/// (back on sale with num). Repeating any of them leaves the item as it is.
/// </summary>
internal static class TaobaoItemUpdateMethods
{
    public static IEnumerable<KeyValuePair<string, Func<TaobaoCall, IServiceProvider, IResult>>> All =>
    [
        new("taobao.item.update", Update),
        new("taobao.item.update.delisting", (call, services) => SetStatus(call, services, "instock")),
        new("taobao.item.update.listing", (call, services) => SetStatus(call, services, "onsale")),
    ];

    private static IResult Update(TaobaoCall call, IServiceProvider services)
    {
        if (call.Number("num_iid") is not { } numIid)
        {
            return TaobaoJson.Error(TaobaoErrors.MissingArgument("num_iid"));
        }

        return TaobaoItemMethods.WithItem(call, services, numIid, item =>
        {
            item.Title = call["title"] ?? item.Title;
            item.Description = call["desc"] ?? item.Description;
            return null;
        });
    }

    private static IResult SetStatus(TaobaoCall call, IServiceProvider services, string status)
    {
        if (call.Number("num_iid") is not { } numIid)
        {
            return TaobaoJson.Error(TaobaoErrors.MissingArgument("num_iid"));
        }

        var num = call.Number("num");
        if (status == "onsale" && num is not (>= 0 and <= 999_999))
        {
            return TaobaoJson.Error(TaobaoErrors.InvalidArgument("num must be 0-999999"));
        }

        return TaobaoItemMethods.WithItem(call, services, numIid, item =>
        {
            item.ApproveStatus = status;
            item.Num = num is { } n ? (int)n : item.Num;
            return null;
        });
    }
}
