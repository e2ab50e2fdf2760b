using System.Globalization;

namespace CommerceHub.Sandbox.Platforms.Lazada.Catalog;

/// <summary>/products/get: filter, create/update windows, sku_seller_list, limit ≤ 50 and offset ≤ 10000.</summary>
internal static class LazadaProductQueries
{
    public const int MaxLimit = 50;
    public const int MaxOffset = 10_000;

    public static void Map(RouteGroupBuilder sellerApi) => sellerApi.MapGet("/products/get", GetProducts);

    private static IResult GetProducts(HttpContext http, LazadaCatalog catalog, Core.Orders.CampaignLedger campaigns)
    {
        var caller = LazadaCaller.From(http);
        var filter = caller["filter"] ?? "all";
        var limit = Int(caller["limit"]) ?? 10;
        var offset = Int(caller["offset"]) ?? 0;
        if (limit is < 1 or > MaxLimit || offset is < 0 or > MaxOffset)
        {
            return LazadaJson.Error(LazadaErrors.InvalidParameter($"limit must be 1 to {MaxLimit} and offset 0 to {MaxOffset}"));
        }

        if (!TryTime(caller["create_after"], out var createAfter) || !TryTime(caller["create_before"], out var createBefore)
            || !TryTime(caller["update_after"], out var updateAfter) || !TryTime(caller["update_before"], out var updateBefore))
        {
            return LazadaJson.Error(LazadaErrors.InvalidParameter("times must be ISO 8601, e.g. 2018-02-09T22:44:30+08:00"));
        }

        var sellerSkus = caller["sku_seller_list"] is { Length: > 0 } list ? LazadaJson.Parse<string[]>(list)?.ToHashSet(StringComparer.Ordinal) : null;
        var views = new List<Dictionary<string, object?>>();
        foreach (var product in catalog.Known(caller.ShopId).Products.Values.OrderBy(p => p.ItemId))
        {
            lock (product.Gate)
            {
                if (Matches(product, filter) && InWindow(product.CreatedMs, createAfter, createBefore) && InWindow(product.UpdatedMs, updateAfter, updateBefore)
                    && (sellerSkus is null || product.Skus.Any(s => sellerSkus.Contains(s.SellerSku))))
                {
                    var itemId = product.ItemId.ToString(CultureInfo.InvariantCulture);
                    views.Add(LazadaProductViews.Product(product,
                        sku => campaigns.LockedQuantity(caller.ShopId, itemId, sku.SkuId.ToString(CultureInfo.InvariantCulture))));
                }
            }
        }

        return LazadaJson.Ok(new { TotalProducts = views.Count, Products = views.Skip(offset).Take(limit).ToList() });
    }

    // Lazada's filters; the sandbox has no content review, so "pending" and "rejected" are always empty.
    private static bool Matches(LazadaProduct product, string filter) => filter switch
    {
        "all" => product.Status != LazadaProductStatus.Deleted,
        "live" => product.Status == LazadaProductStatus.Active && product.Skus.Any(s => s.Status == "active"),
        "inactive" => product.Status == LazadaProductStatus.Inactive,
        "deleted" => product.Status == LazadaProductStatus.Deleted,
        "sold-out" => product.Status == LazadaProductStatus.Active && product.Skus.All(s => s.Quantity == 0),
        _ => false,
    };

    private static bool InWindow(long ms, DateTimeOffset? after, DateTimeOffset? before) =>
        (after is null || ms >= after.Value.ToUnixTimeMilliseconds()) && (before is null || ms <= before.Value.ToUnixTimeMilliseconds());

    internal static int? Int(string? text) =>
        text is null ? null : int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : -1;

    internal static bool TryTime(string? text, out DateTimeOffset? time)
    {
        time = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            time = parsed;
            return true;
        }

        return false;
    }
}
