using System.Globalization;
using CommerceHub.Sandbox.Core;
using CommerceHub.Sandbox.Core.Orders;

namespace CommerceHub.Sandbox.Platforms.Lazada.Catalog;

/// <summary>
/// /product/price_quantity/update: at most 50 SKUs (error 4171 above that), found by SkuId or SellerSku. A quantity
/// below what a running campaign has locked is refused. The call is all or nothing.
/// </summary>
internal static class LazadaStockEndpoints
{
    public const int MaxSkus = 50;

    public static void Map(RouteGroupBuilder sellerApi) => sellerApi.MapPost("/product/price_quantity/update", Update);

    private static IResult Update(HttpContext http, LazadaCatalog catalog, CampaignLedger campaigns, SandboxClock clock)
    {
        var caller = LazadaCaller.From(http);
        var (input, error) = LazadaProductInput.ReadProduct(caller);
        if (input is null)
        {
            return error!; // ReadProduct returns exactly one of the two.
        }

        var count = LazadaPayload.Many(input["Skus"], "Sku").Count;
        if (count > MaxSkus)
        {
            return LazadaJson.Error(LazadaErrors.TooManySkus);
        }

        var (skus, problems) = LazadaProductInput.ReadSkus(input);
        if (count == 0)
        {
            return LazadaJson.Error(LazadaErrors.InvalidParameter("Skus.Sku must hold 1 to 50 entries"));
        }

        var book = catalog.Known(caller.ShopId);
        var targets = new List<(LazadaProduct Product, LazadaSku Sku, LazadaSkuInput Input)>();
        foreach (var entry in skus)
        {
            if (Find(book, entry) is not { } found)
            {
                problems.Add(LazadaProductInput.Detail("SkuId", "SKU not found in this shop", entry.Label));
                continue;
            }

            var locked = campaigns.LockedQuantity(caller.ShopId, Text(found.Product.ItemId), Text(found.Sku.SkuId));
            if (entry.Quantity is { } quantity && quantity < locked)
            {
                problems.Add(LazadaProductInput.Detail("Quantity", $"Quantity {quantity} is below the {locked} units locked by a running campaign", entry.Label));
                continue;
            }

            targets.Add((found.Product, found.Sku, entry));
        }

        if (problems.Count > 0)
        {
            return LazadaJson.Error(LazadaErrors.SkuRejected, problems);
        }

        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var (product, sku, entry) in targets)
        {
            lock (product.Gate)
            {
                entry.ApplyTo(sku);
                product.UpdatedMs = now;
            }
        }

        return LazadaJson.Ok();
    }

    private static (LazadaProduct Product, LazadaSku Sku)? Find(LazadaShopBook book, LazadaSkuInput entry)
    {
        if (entry.SkuId is { } skuId)
        {
            var products = entry.ItemId is { } itemId && book.Products.TryGetValue(itemId, out var one) ? [one] : book.Products.Values;
            foreach (var product in products)
            {
                lock (product.Gate)
                {
                    if (product.Status != LazadaProductStatus.Deleted && product.Sku(skuId) is { } sku)
                    {
                        return (product, sku);
                    }
                }
            }

            return null;
        }

        return entry.SellerSku is { } sellerSku ? book.FindSellerSku(sellerSku) : null;
    }

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);
}
