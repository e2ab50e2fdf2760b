using System.Globalization;
using CommerceHub.Sandbox.Core;

namespace CommerceHub.Sandbox.Platforms.TikTok.Catalog;

/// <summary>Create Product, Update Inventory and Update Price (202309). Updates are all or nothing.</summary>
internal static class TikTokProductEndpoints
{
    internal const int MaxSkus = 100;

    public static void Map(RouteGroupBuilder shopApi)
    {
        shopApi.MapPost("/product/202309/products", Create);
        shopApi.MapPost("/product/202309/products/{productId}/inventory/update", UpdateInventory);
        shopApi.MapPost("/product/202309/products/{productId}/prices/update", UpdatePrices);
    }

    private static IResult Create(HttpContext http, TikTokCatalog catalog, SandboxClock clock)
    {
        var caller = TikTokCaller.From(http);
        var body = TikTokJson.Parse<CreateProductRequest>(caller.Body);
        var book = catalog.Known(caller.ShopId);
        if (body is null || string.IsNullOrWhiteSpace(body.Title) || string.IsNullOrEmpty(body.CategoryId) || body.Skus is not { Count: >= 1 and <= MaxSkus } skus)
        {
            return TikTokJson.Error(TikTokErrors.InvalidParameter("title, category_id and 1 to 100 skus are required"));
        }

        if (skus.Select(s => PriceProblem(s.Price, book.Currency) ?? InventoryProblem(s.Inventory, book.WarehouseId)).FirstOrDefault(p => p is not null) is { } problem)
        {
            return TikTokJson.Error(TikTokErrors.InvalidParameter(problem));
        }

        var product = new TikTokProduct(catalog.NewProductId(), clock.UnixSeconds)
        {
            Title = body.Title,
            Description = body.Description ?? "",
            CategoryId = body.CategoryId,
            BrandId = body.BrandId ?? "",
            Status = body.SaveMode == "AS_DRAFT" ? TikTokProductStatus.Draft : TikTokProductStatus.Activate,
        };
        lock (product.Gate)
        {
            product.MainImages.AddRange((body.MainImages ?? []).Select(i => i.Uri).OfType<string>());
            product.Skus.AddRange(skus.Select(input => NewSku(catalog, input, book.WarehouseId)));
            book.Products[product.Id] = product;
            return TikTokJson.Ok(Saved(product));
        }
    }

    /// <summary>The answer of create and edit: the product id and every SKU's id; caller holds the product's gate.</summary>
    internal static object Saved(TikTokProduct product) => new
    {
        ProductId = product.Id,
        Skus = product.Skus.Select(s => new { s.Id, s.SellerSku, SalesAttributes = s.SalesAttributes.Select(a => new { a.Id, a.ValueId }), s.ExternalSkuId }),
        Warnings = Array.Empty<object>(),
    };

    internal static TikTokSku NewSku(TikTokCatalog catalog, TikTokSkuInput input, string warehouseId)
    {
        var sku = new TikTokSku(catalog.NewSkuId()) { SellerSku = input.SellerSku ?? "", ExternalSkuId = input.ExternalSkuId ?? "", Price = Amount(input.Price) };
        sku.SalesAttributes.AddRange((input.SalesAttributes ?? []).Select((a, i) => new TikTokSkuAttribute(
            a.Id ?? (100_000 + i).ToString(CultureInfo.InvariantCulture), a.Name ?? "", a.ValueId ?? $"{sku.Id[^6..]}{i}", a.ValueName ?? "")));
        SetInventory(sku, input.Inventory, warehouseId);
        return sku;
    }

    private static IResult UpdateInventory(HttpContext http, string productId, TikTokCatalog catalog, SandboxClock clock) =>
        UpdateSkus(http, productId, catalog, clock, (input, warehouse, _) => InventoryProblem(input.Inventory, warehouse), (sku, input, warehouse) => SetInventory(sku, input.Inventory, warehouse));

    private static IResult UpdatePrices(HttpContext http, string productId, TikTokCatalog catalog, SandboxClock clock) =>
        UpdateSkus(http, productId, catalog, clock, (input, _, currency) => PriceProblem(input.Price, currency), (sku, input, _) => sku.Price = Amount(input.Price));

    private static IResult UpdateSkus(
        HttpContext http,
        string productId,
        TikTokCatalog catalog,
        SandboxClock clock,
        Func<TikTokSkuInput, string, string, string?> validate,
        Action<TikTokSku, TikTokSkuInput, string> apply)
    {
        var caller = TikTokCaller.From(http);
        var body = TikTokJson.Parse<SkuUpdateRequest>(caller.Body);
        if (body?.Skus is not { Count: >= 1 and <= MaxSkus } skus)
        {
            return TikTokJson.Error(TikTokErrors.InvalidParameter("1 to 100 skus are required"));
        }

        if (catalog.Product(caller.ShopId, productId) is not { } product)
        {
            return TikTokJson.Error(TikTokErrors.ProductNotFound);
        }

        var book = catalog.Known(caller.ShopId);
        lock (product.Gate)
        {
            var problem = skus.Select(s => s.Id is null || product.Sku(s.Id) is null ? $"sku {s.Id} is not a SKU of product {productId}" : validate(s, book.WarehouseId, book.Currency))
                .FirstOrDefault(p => p is not null);
            if (problem is not null)
            {
                return TikTokJson.Error(TikTokErrors.InvalidParameter(problem));
            }

            foreach (var input in skus)
            {
                apply(product.Sku(input.Id!)!, input, book.WarehouseId); // Both checked just above under the same lock.
            }

            product.UpdateTime = clock.UnixSeconds;
        }

        return TikTokJson.Ok();
    }

    internal static string? PriceProblem(TikTokPrice? price, string currency) =>
        price?.Amount is null || !decimal.TryParse(price.Amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount <= 0
            ? "price.amount must be a decimal string above 0"
            : price.Currency != currency ? $"price.currency must be {currency}" : null;

    internal static string? InventoryProblem(IReadOnlyList<TikTokInventory>? inventory, string warehouseId) =>
        inventory is not { Count: > 0 } ? "inventory needs one entry per warehouse"
        : inventory.Any(i => i.Quantity is null or < 0) ? "inventory quantity must be 0 or more"
        : inventory.Any(i => i.WarehouseId is not null && i.WarehouseId != warehouseId) ? $"unknown warehouse_id; this shop's warehouse is {warehouseId}"
        : null;

    private static void SetInventory(TikTokSku sku, IReadOnlyList<TikTokInventory>? inventory, string warehouseId)
    {
        foreach (var entry in inventory ?? [])
        {
            sku.Inventory[entry.WarehouseId ?? warehouseId] = entry.Quantity ?? 0;
        }
    }

    internal static decimal Amount(TikTokPrice? price) => decimal.Parse(price?.Amount ?? "0", NumberStyles.Number, CultureInfo.InvariantCulture);
}
