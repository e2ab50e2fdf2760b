namespace CommerceHub.Sandbox.Platforms.Tiki.Catalog;

/// <summary>Products and product requests as Tiki's JSON shows them.</summary>
internal static class TikiProductViews
{
    /// <summary>Caller holds the product's gate.</summary>
    public static Dictionary<string, object?> Product(TikiProduct product, bool withInventory)
    {
        var view = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["product_id"] = product.ProductId,
            ["sku"] = product.Sku,
            ["original_sku"] = product.OriginalSku,
            ["name"] = product.Name,
            ["master_id"] = product.ProductId,
            ["master_sku"] = product.Sku,
            ["price"] = product.Price,
            ["market_price"] = product.MarketPrice,
            ["active"] = product.Active ? 1 : 0,
            ["created_at"] = TikiJson.Date(product.CreatedAt),
            ["updated_at"] = TikiJson.Date(product.UpdatedAt),
            ["categories"] = new[] { new { id = product.CategoryId } },
        };
        if (withInventory)
        {
            view["inventory"] = Inventory(product);
        }

        return view;
    }

    /// <summary>Caller holds the product's gate.</summary>
    public static object Inventory(TikiProduct product) => new
    {
        inventory_type = "dropship",
        fulfillment_type = "dropship",
        quantity = product.Available + product.Reserved,
        quantity_available = product.Available,
        quantity_reserved = product.Reserved,
        quantity_sellable = product.Available,
        seller_warehouse = product.SellerWarehouse,
        warehouse_quantities = product.Warehouses.Select(w => new { warehouse_id = w.Key, qty_available = w.Value }).ToList(),
    };

    public static object Request(TikiProductRequest request, TikiSellerBook book, DateTimeOffset now) => new
    {
        track_id = request.TrackId,
        request_id = request.RequestId,
        state = request.StateAt(now),
        reason = request.StateAt(now) == "rejected" ? request.Reason : null,
        created_at = TikiJson.Date(request.CreatedAt),
        updated_at = TikiJson.Date(request.UpdatedAt(now)),
        products = request.ProductIds.Select(id => book.Products[id]).Select(p => new { product_id = p.ProductId, sku = p.Sku, original_sku = p.OriginalSku }).ToList(),
    };
}
