using System.Globalization;
using CommerceHub.Sandbox.Core;

namespace CommerceHub.Sandbox.Platforms.Taobao.Catalog;

/// <summary>taobao.item.add, taobao.item.quantity.update (type 1 full, 2 incremental) and taobao.item.price.update.</summary>
internal static class TaobaoItemMethods
{
    public static IEnumerable<KeyValuePair<string, Func<TaobaoCall, IServiceProvider, IResult>>> All =>
    [
        new("taobao.item.add", Add),
        new("taobao.item.quantity.update", UpdateQuantity),
        new("taobao.item.price.update", UpdatePrice),
    ];

    public static decimal? Price(string? text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var price) && price > 0 && decimal.Round(price, 2) == price ? price : null;

    private static IResult Add(TaobaoCall call, IServiceProvider services)
    {
        if (new[] { "num", "price", "title", "cid" }.FirstOrDefault(name => call[name] is null) is { } missing)
        {
            return TaobaoJson.Error(TaobaoErrors.MissingArgument(missing));
        }

        if (call.Number("num") is not (>= 0 and <= 999_999) || Price(call["price"]) is not { } price || call.Number("cid") is not { } cid)
        {
            return TaobaoJson.Error(TaobaoErrors.InvalidArgument("num must be 0-999999, price a positive amount in yuan with at most 2 decimals, cid a number"));
        }

        var catalog = services.GetRequiredService<TaobaoCatalog>();
        var now = services.GetRequiredService<SandboxClock>().GetUtcNow();
        var item = new TaobaoItem(catalog.NewNumIid(), now)
        {
            Title = call["title"]!, // Checked above.
            Description = call["desc"] ?? "",
            OuterId = call["outer_id"] ?? "",
            Cid = cid,
            Price = price,
            Num = (int)call.Number("num")!.Value, // Checked above.
            ApproveStatus = call["approve_status"] == "instock" ? "instock" : "onsale",
        };
        catalog.Seller(call.SellerId)!.Items[item.NumIid] = item; // TaobaoGate accepted a session for this seller.
        return TaobaoJson.Response(call.Method, new Dictionary<string, object?> { ["item"] = new { num_iid = item.NumIid, created = TaobaoJson.Time(now) } });
    }

    private static IResult UpdateQuantity(TaobaoCall call, IServiceProvider services)
    {
        var type = call.Number("type") ?? 1;
        if (call.Number("num_iid") is not { } numIid || call.Number("quantity") is not { } quantity || type is not (1 or 2) || (type == 1 && quantity < 0))
        {
            return TaobaoJson.Error(TaobaoErrors.InvalidArgument("num_iid, quantity (>= 0 for type 1) and type 1 or 2 are required"));
        }

        return WithItem(call, services, numIid, item =>
        {
            var next = type == 1 ? quantity : item.Num + quantity;
            if (next < 0)
            {
                return TaobaoErrors.InvalidArgument("quantity would fall below 0");
            }

            item.Num = (int)next;
            return null;
        });
    }

    private static IResult UpdatePrice(TaobaoCall call, IServiceProvider services)
    {
        if (call.Number("num_iid") is not { } numIid || Price(call["price"]) is not { } price)
        {
            return TaobaoJson.Error(TaobaoErrors.InvalidArgument("num_iid and a positive price in yuan with at most 2 decimals are required"));
        }

        return WithItem(call, services, numIid, item =>
        {
            item.Price = price;
            return null;
        });
    }

    public static IResult WithItem(TaobaoCall call, IServiceProvider services, long numIid, Func<TaobaoItem, TaobaoError?> change)
    {
        if (services.GetRequiredService<TaobaoCatalog>().Item(call.SellerId, numIid) is not { } item)
        {
            return TaobaoJson.Error(TaobaoErrors.Business(TaobaoAssumptions.ItemNotExistSubCode, "商品不存在"));
        }

        lock (item.Gate)
        {
            if (change(item) is { } error)
            {
                return TaobaoJson.Error(error);
            }

            item.Modified = services.GetRequiredService<SandboxClock>().GetUtcNow();
            return TaobaoJson.Response(call.Method, new Dictionary<string, object?>
            {
                ["item"] = new { num_iid = item.NumIid, num = item.Num, price = TaobaoJson.Money(item.Price), modified = TaobaoJson.Time(item.Modified) },
            });
        }
    }
}
