namespace CommerceHub.Sandbox.Platforms.Lazada.Catalog;

/// <summary>
/// A product as /products/get returns it; callers hold the product's Gate. Times are epoch-millisecond strings.
/// <paramref name="locked"/> gives the units a running campaign locks on a SKU (shown as withholdQuantity).
/// </summary>
internal static class LazadaProductViews
{
    public static Dictionary<string, object?> Product(LazadaProduct product, Func<LazadaSku, int>? locked = null) => new(StringComparer.Ordinal)
    {
        ["item_id"] = product.ItemId,
        ["primary_category"] = product.PrimaryCategory,
        ["attributes"] = new Dictionary<string, string>(product.Attributes, StringComparer.Ordinal),
        ["images"] = product.Images.ToList(),
        ["skus"] = product.Skus.Select(s => Sku(s, locked?.Invoke(s) ?? 0)).ToList(),
        ["status"] = product.Status,
        ["created_time"] = Ms(product.CreatedMs),
        ["updated_time"] = Ms(product.UpdatedMs),
    };

    public static Dictionary<string, object?> Sku(LazadaSku sku, int locked = 0)
    {
        var view = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["SkuId"] = sku.SkuId,
            ["SellerSku"] = sku.SellerSku,
            ["ShopSku"] = sku.ShopSku,
            ["Status"] = sku.Status,
            ["quantity"] = sku.Quantity,
            ["price"] = sku.Price,
            ["special_price"] = sku.SpecialPrice ?? 0,
            ["multiWarehouseInventories"] = new[]
            {
                new Dictionary<string, object>(StringComparer.Ordinal)
                {
                    ["warehouseCode"] = "dropshipping",
                    ["quantity"] = sku.Quantity,
                    ["totalQuantity"] = sku.Quantity,
                    ["sellableQuantity"] = sku.Quantity,
                    ["occupyQuantity"] = 0,
                    ["withholdQuantity"] = locked,
                },
            },
        };
        foreach (var (name, value) in sku.Extra)
        {
            view.TryAdd(name, value);
        }

        return view;
    }

    private static string Ms(long ms) => ms.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
