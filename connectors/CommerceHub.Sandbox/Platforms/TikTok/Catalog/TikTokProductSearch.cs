using Microsoft.AspNetCore.Mvc;

namespace CommerceHub.Sandbox.Platforms.TikTok.Catalog;

/// <summary>Search Products (202502): page_size 1–100 and page_token in the query, filters in the body, ordered by product id.</summary>
internal static class TikTokProductSearch
{
    public static void Map(RouteGroupBuilder shopApi) => shopApi.MapPost("/product/202502/products/search", Search);

    public static object View(TikTokProduct product, TikTokShopBook book) => new
    {
        product.Id,
        product.Title,
        product.Status,
        product.CategoryId,
        product.CreateTime,
        product.UpdateTime,
        Skus = product.Skus.Select(s => new
        {
            s.Id,
            s.SellerSku,
            Price = new { Amount = TikTokJson.Money(s.Price), Currency = book.Currency, SalePrice = TikTokJson.Money(s.Price) },
            Inventory = s.Inventory.Select(i => new { WarehouseId = i.Key, Quantity = i.Value }),
        }),
    };

    private static IResult Search(HttpContext http, TikTokCatalog catalog, [FromQuery(Name = "page_size")] int? pageSize, [FromQuery(Name = "page_token")] string? pageToken)
    {
        var caller = TikTokCaller.From(http);
        var filter = caller.Body.Length == 0 ? new ProductSearchRequest(null, null, null, null, null, null, null) : TikTokJson.Parse<ProductSearchRequest>(caller.Body);
        if (pageSize is not (>= 1 and <= 100) || filter is null || !TikTokPageToken.TryDecode(pageToken, out var after))
        {
            return TikTokJson.Error(TikTokErrors.InvalidParameter("page_size must be 1 to 100, page_token one this API returned and the body valid JSON"));
        }

        var book = catalog.Known(caller.ShopId);
        var matches = new List<(long Key, object View)>();
        foreach (var product in book.Products.Values)
        {
            lock (product.Gate)
            {
                if ((filter.Status is null or "ALL" ? product.Status != TikTokProductStatus.Deleted : product.Status == filter.Status)
                    && (filter.SellerSkus is null || product.Skus.Any(s => filter.SellerSkus.Contains(s.SellerSku)))
                    && (filter.SkuIds is null || product.Skus.Any(s => filter.SkuIds.Contains(s.Id)))
                    && product.CreateTime >= (filter.CreateTimeGe ?? 0) && product.CreateTime <= (filter.CreateTimeLe ?? long.MaxValue)
                    && product.UpdateTime >= (filter.UpdateTimeGe ?? 0) && product.UpdateTime <= (filter.UpdateTimeLe ?? long.MaxValue))
                {
                    matches.Add((long.Parse(product.Id, System.Globalization.CultureInfo.InvariantCulture), View(product, book)));
                }
            }
        }

        var ordered = matches.OrderBy(m => m.Key).ToList();
        var page = ordered.Where(m => after is null || m.Key > after.Value.Key).Take(pageSize.Value).ToList();
        var more = page.Count > 0 && ordered[^1].Key > page[^1].Key;
        return TikTokJson.Ok(new
        {
            Products = page.Select(p => p.View),
            TotalCount = ordered.Count,
            NextPageToken = more ? TikTokPageToken.Encode(page[^1].Key, "") : "",
        });
    }
}
