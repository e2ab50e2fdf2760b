using CommerceHub.Sandbox.Core;

namespace CommerceHub.Sandbox.Platforms.Douyin.Catalog;

internal sealed record DouyinSkuRegistration(string Code, string Spec, decimal Price, int Stock);

internal sealed record DouyinProductRegistration(string ShopId, string Name, IReadOnlyList<DouyinSkuRegistration> Skus);

/// <summary>
/// product.listV2, sku.list, sku.syncStock, sku.syncStockBatch and sku.editPrice, plus the admin call that lists a
/// product: product.addV2 (with its category, image and qualification rules) is not modelled.
/// </summary>
internal static class DouyinProductMethods
{
    public const string AdminPath = "/__admin/douyin/products";

    public static IEnumerable<KeyValuePair<string, Func<DouyinCall, IServiceProvider, IResult>>> All =>
    [
        new("product.listV2", List),
        new("sku.list", SkuList),
        new("sku.syncStock", SyncStock),
        new("sku.syncStockBatch", SyncStockBatch),
        new("sku.editPrice", EditPrice),
    ];

    public static void MapAdmin(WebApplication app) =>
        app.MapPost(AdminPath, (DouyinProductRegistration body, DouyinCatalog catalog) =>
        {
            if (catalog.Shop(body.ShopId) is not { } book || string.IsNullOrWhiteSpace(body.Name) || body.Skus is not { Count: > 0 }
                || body.Skus.Any(s => s.Price <= 0 || decimal.Round(s.Price, 2) != s.Price || s.Stock < 0 || string.IsNullOrWhiteSpace(s.Code)))
            {
                return Results.BadRequest("A known shopId, a name and SKUs with a code, a positive price in yuan (2 decimals) and a stock of at least 0 are required.");
            }

            var product = catalog.Add(book, body.Name, [.. body.Skus.Select(s => (s.Code, s.Spec ?? "", s.Price, s.Stock))]);
            return Results.Ok(new { productId = product.ProductId, skus = product.Skus.Select(s => new { skuId = s.SkuId, code = s.Code }) });
        });

    private static IResult List(DouyinCall call, IServiceProvider services)
    {
        var page = call.Number("page") ?? 1;
        var size = call.Number("size") ?? 10;
        if (page < 1 || size is < 1 or > DouyinAssumptions.MaxPageSize)
        {
            return DouyinJson.Error(DouyinErrors.BusinessInvalid($"page从1开始，size取值1-{DouyinAssumptions.MaxPageSize}"));
        }

        var from = call.Number("update_start_time");
        var to = call.Number("update_end_time");
        var book = services.GetRequiredService<DouyinCatalog>().Shop(call.Shop)!; // the gate accepted a token for this shop
        var matches = book.Products.Values
            .Where(p => (from is null || p.UpdateTime.ToUnixTimeSeconds() >= from) && (to is null || p.UpdateTime.ToUnixTimeSeconds() <= to))
            .OrderBy(p => p.ProductId)
            .ToList();
        var rows = matches.Skip((int)((page - 1) * size)).Take((int)size).Select(p => new Dictionary<string, object?>
        {
            ["product_id"] = p.ProductId,
            ["name"] = p.Name,
            ["status"] = 0,
            ["check_status"] = 3,
            ["create_time"] = p.CreateTime.ToUnixTimeSeconds(),
            ["update_time"] = p.UpdateTime.ToUnixTimeSeconds(),
        }).ToList();
        return DouyinJson.Ok(new { data = rows, page, size, total = matches.Count });
    }

    private static IResult SkuList(DouyinCall call, IServiceProvider services)
    {
        if (call.Number("product_id") is not { } productId)
        {
            return DouyinJson.Error(DouyinErrors.BusinessMissing("product_id"));
        }

        var book = services.GetRequiredService<DouyinCatalog>().Shop(call.Shop)!; // the gate accepted a token for this shop
        if (!book.Products.TryGetValue(productId, out var product))
        {
            return DouyinJson.Error(DouyinErrors.BusinessFailed("商品不存在"));
        }

        return DouyinJson.Ok(product.Skus.Select(s =>
        {
            lock (s.Gate)
            {
                return new Dictionary<string, object?>
                {
                    ["id"] = s.SkuId,
                    ["product_id"] = s.ProductId,
                    ["code"] = s.Code,
                    ["spec_detail_name1"] = s.Spec,
                    ["price"] = s.PriceFen,
                    ["stock_num"] = s.Stock,
                    ["prehold_stock_num"] = s.Locked,
                };
            }
        }).ToList());
    }

    private static IResult SyncStock(DouyinCall call, IServiceProvider services)
    {
        var stock = call.Number("stock_num");
        if (call.Number("sku_id") is not { } skuId || stock is not >= 0)
        {
            return DouyinJson.Error(DouyinErrors.BusinessMissing("sku_id, stock_num"));
        }

        return Apply(call, services, [(skuId, stock.Value)]);
    }

    private static IResult SyncStockBatch(DouyinCall call, IServiceProvider services)
    {
        if (call.Number("product_id") is not { } productId || !call.Params.TryGetProperty("sku_sync_list", out var list) || list.ValueKind != System.Text.Json.JsonValueKind.Array)
        {
            return DouyinJson.Error(DouyinErrors.BusinessMissing("product_id, sku_sync_list"));
        }

        var entries = list.EnumerateArray().Select(e => (Sku: DouyinCall.Number(e, "sku_id"), Stock: DouyinCall.Number(e, "stock_num"))).ToList();
        if (entries.Count is 0 or > DouyinAssumptions.MaxBatchSkus || entries.Any(e => e.Sku is null || e.Stock is not >= 0))
        {
            return DouyinJson.Error(DouyinErrors.BusinessInvalid($"sku_sync_list需1-{DouyinAssumptions.MaxBatchSkus}项，每项含sku_id和不小于0的stock_num"));
        }

        var catalog = services.GetRequiredService<DouyinCatalog>();
        if (entries.Any(e => catalog.Sku(call.Shop, e.Sku!.Value) is not { } sku || sku.ProductId != productId))
        {
            return DouyinJson.Error(DouyinErrors.BusinessFailed("SKU不属于该商品"));
        }

        return Apply(call, services, [.. entries.Select(e => (e.Sku!.Value, e.Stock!.Value))]);
    }

    /// <summary>Absolute unless incremental is true; all or nothing when a SKU is unknown.</summary>
    private static IResult Apply(DouyinCall call, IServiceProvider services, IReadOnlyList<(long SkuId, long Stock)> entries)
    {
        var catalog = services.GetRequiredService<DouyinCatalog>();
        var skus = entries.Select(e => (Sku: catalog.Sku(call.Shop, e.SkuId), e.Stock)).ToList();
        if (skus.Any(s => s.Sku is null))
        {
            return DouyinJson.Error(DouyinErrors.BusinessFailed("SKU不存在"));
        }

        var incremental = call.Flag("incremental") ?? false;
        var now = services.GetRequiredService<SandboxClock>().GetUtcNow();
        foreach (var (sku, stock) in skus)
        {
            lock (sku!.Gate)
            {
                sku.Stock = incremental ? Math.Max(0, sku.Stock + (int)stock) : (int)stock;
            }

            catalog.Shop(call.Shop)!.Products[sku.ProductId].Touch(now);
        }

        return DouyinJson.Ok(new Dictionary<string, object>());
    }

    private static IResult EditPrice(DouyinCall call, IServiceProvider services)
    {
        if (call.Number("sku_id") is not { } skuId || call.Number("price") is not { } price)
        {
            return DouyinJson.Error(DouyinErrors.BusinessMissing("sku_id, price"));
        }

        if (price < 1)
        {
            return DouyinJson.Error(DouyinErrors.BusinessInvalid("price以分为单位，须为正整数"));
        }

        var catalog = services.GetRequiredService<DouyinCatalog>();
        if (catalog.Sku(call.Shop, skuId) is not { } sku)
        {
            return DouyinJson.Error(DouyinErrors.BusinessFailed("SKU不存在"));
        }

        lock (sku.Gate)
        {
            sku.PriceFen = price;
        }

        catalog.Shop(call.Shop)!.Products[sku.ProductId].Touch(services.GetRequiredService<SandboxClock>().GetUtcNow());
        return DouyinJson.Ok(new Dictionary<string, object>());
    }
}
