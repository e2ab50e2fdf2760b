namespace CommerceHub.Sandbox.Platforms.JD.Catalog;

internal sealed record JDSkuRegistration(string ShopId, string Name, decimal Price, int Stock, string? OuterSkuId);

/// <summary>
/// Stock and price writes (method names in <see cref="JDAssumptions"/>), and the admin call that lists a SKU: JD's ware
/// creation APIs are not modelled, so sellers' SKUs come from /__admin/jd/skus.
/// </summary>
internal static class JDWareMethods
{
    public const string AdminPath = "/__admin/jd/skus";

    public static IEnumerable<KeyValuePair<string, Func<JDCall, IServiceProvider, IResult>>> All =>
    [
        new(JDAssumptions.UpdateStockMethod, UpdateStock),
        new(JDAssumptions.UpdatePriceMethod, UpdatePrice),
        new(JDAssumptions.SearchSkuMethod, SearchSkus),
    ];

    public static void MapAdmin(WebApplication app) =>
        app.MapPost(AdminPath, (JDSkuRegistration body, JDCatalog catalog) =>
        {
            if (catalog.Vender(body.ShopId) is not { } book || body.Price <= 0 || body.Stock < 0 || string.IsNullOrWhiteSpace(body.Name))
            {
                return Results.BadRequest("A known shopId, a name, a positive price and a stock of at least 0 are required.");
            }

            var sku = catalog.Add(book, body.Name, body.OuterSkuId, body.Price, body.Stock);
            return Results.Ok(new { sku.SkuId, sku.WareId, sku.OuterSkuId });
        });

    private static IResult UpdateStock(JDCall call, IServiceProvider services)
    {
        var stock = call.Number("stockNum");
        if (call.Number("skuId") is not { } skuId || stock is not >= 0)
        {
            return JDJson.Error(JDErrors.InvalidParameter("skuId and stockNum >= 0 are required"));
        }

        if (services.GetRequiredService<JDCatalog>().Sku(call.VenderId, skuId) is not { } sku)
        {
            return JDJson.Response(call.Method, new Dictionary<string, object?> { ["success"] = false, ["apiResult"] = JDJson.ApiResult(false, "SKU不存在", "sku not found") });
        }

        lock (sku.Gate)
        {
            sku.Stock = (int)stock.Value;
        }

        return JDJson.Response(call.Method, new Dictionary<string, object?> { ["success"] = true });
    }

    private static IResult UpdatePrice(JDCall call, IServiceProvider services)
    {
        if (call.Number("skuId") is not { } skuId || !decimal.TryParse(call.Text("jdPrice"), System.Globalization.CultureInfo.InvariantCulture, out var price)
            || price <= 0 || decimal.Round(price, 2) != price)
        {
            return JDJson.Error(JDErrors.InvalidParameter("skuId and a positive jdPrice with at most 2 decimals are required"));
        }

        if (services.GetRequiredService<JDCatalog>().Sku(call.VenderId, skuId) is not { } sku)
        {
            return JDJson.Response(call.Method, new Dictionary<string, object?> { ["success"] = false, ["apiResult"] = JDJson.ApiResult(false, "SKU不存在", "sku not found") });
        }

        lock (sku.Gate)
        {
            sku.JdPrice = price;
        }

        return JDJson.Response(call.Method, new Dictionary<string, object?> { ["success"] = true });
    }

    private static IResult SearchSkus(JDCall call, IServiceProvider services)
    {
        var pageNo = call.Number("pageNo") ?? 1;
        var pageSize = call.Number("pageSize") ?? 20;
        if (pageNo < 1 || pageSize is < 1 or > JDAssumptions.MaxPageSize)
        {
            return JDJson.Error(JDErrors.InvalidParameter($"pageNo must be at least 1 and pageSize between 1 and {JDAssumptions.MaxPageSize}"));
        }

        var book = services.GetRequiredService<JDCatalog>().Vender(call.VenderId)!; // JDGate accepted a token for this seller.
        var skus = book.Skus.Values.OrderBy(s => s.SkuId).ToList();
        var rows = skus.Skip((int)((pageNo - 1) * pageSize)).Take((int)pageSize).Select(s =>
        {
            lock (s.Gate)
            {
                return new
                {
                    skuId = s.SkuId,
                    wareId = s.WareId,
                    outerId = s.OuterSkuId,
                    skuName = s.Name,
                    jdPrice = JDJson.Money(s.JdPrice),
                    stockNum = s.Stock,
                    status = 1,
                };
            }
        }).ToList();
        return JDJson.Response(call.Method, new Dictionary<string, object?>
        {
            ["page"] = new { data = rows, pageNo, pageSize, totalItem = skus.Count },
        });
    }
}
