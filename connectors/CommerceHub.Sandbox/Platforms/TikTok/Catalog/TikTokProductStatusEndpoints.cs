using CommerceHub.Sandbox.Core;

namespace CommerceHub.Sandbox.Platforms.TikTok.Catalog;

/// <summary>
/// Activate, Deactivate and Delete Products (202309): <c>{product_ids}</c> in the body, answered with code 0 and
/// <c>data.errors[{code, message, detail{product_id}}]</c> for the products that were refused. Not in the spec
/// beyond "edit"; [U] the paths, at most 20 ids per call, only DRAFT and SELLER_DEACTIVATED products can be activated
/// and only ACTIVATE ones deactivated (repeating the same move is accepted), and deleted products are gone for good.
/// </summary>
internal static class TikTokProductStatusEndpoints
{
    public const int MaxIds = 20;

    private static readonly TikTokError StatusNotAllowed = new(12052230, "The product status does not allow this operation.", StatusCodes.Status400BadRequest);

    public static void Map(RouteGroupBuilder shopApi)
    {
        shopApi.MapPost("/product/202309/products/activate", (HttpContext http, TikTokCatalog catalog, SandboxClock clock) =>
            Move(http, catalog, clock, [TikTokProductStatus.Draft, TikTokProductStatus.SellerDeactivated, TikTokProductStatus.Activate], TikTokProductStatus.Activate));
        shopApi.MapPost("/product/202309/products/deactivate", (HttpContext http, TikTokCatalog catalog, SandboxClock clock) =>
            Move(http, catalog, clock, [TikTokProductStatus.Activate, TikTokProductStatus.SellerDeactivated], TikTokProductStatus.SellerDeactivated));
        shopApi.MapDelete("/product/202309/products", (HttpContext http, TikTokCatalog catalog, SandboxClock clock) =>
            Move(http, catalog, clock, [TikTokProductStatus.Draft, TikTokProductStatus.Activate, TikTokProductStatus.SellerDeactivated], TikTokProductStatus.Deleted));
    }

    private static IResult Move(HttpContext http, TikTokCatalog catalog, SandboxClock clock, string[] from, string to)
    {
        var caller = TikTokCaller.From(http);
        var body = TikTokJson.Parse<ProductIdsRequest>(caller.Body);
        if (body?.ProductIds is not { Count: >= 1 and <= MaxIds } ids || ids.Any(string.IsNullOrEmpty))
        {
            return TikTokJson.Error(TikTokErrors.InvalidParameter($"product_ids must hold 1 to {MaxIds} ids"));
        }

        var errors = new List<object>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (catalog.Product(caller.ShopId, id) is not { } product)
            {
                errors.Add(Refusal(TikTokErrors.ProductNotFound, id));
                continue;
            }

            lock (product.Gate)
            {
                if (!from.Contains(product.Status, StringComparer.Ordinal))
                {
                    errors.Add(Refusal(StatusNotAllowed, id));
                    continue;
                }

                if (product.Status != to)
                {
                    product.Status = to;
                    product.UpdateTime = clock.UnixSeconds;
                }
            }
        }

        return TikTokJson.Ok(new { Errors = errors });
    }

    private static object Refusal(TikTokError error, string productId) => new { error.Code, error.Message, Detail = new { ProductId = productId } };
}
