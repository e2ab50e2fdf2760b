using System.Globalization;
using System.Text.Json.Nodes;
using CommerceHub.Sandbox.Core;
using CommerceHub.Sandbox.Core.Orders;

namespace CommerceHub.Sandbox.Platforms.Lazada.Catalog;

/// <summary>/product/create and /product/update, both taking the XML or JSON "payload" parameter.</summary>
internal static class LazadaProductEndpoints
{
    public static void Map(RouteGroupBuilder sellerApi)
    {
        sellerApi.MapPost("/product/create", Create);
        sellerApi.MapPost("/product/update", Update);
    }

    private static IResult Create(HttpContext http, LazadaCatalog catalog, SandboxClock clock)
    {
        var caller = LazadaCaller.From(http);
        var (input, error) = LazadaProductInput.ReadProduct(caller);
        if (input is null)
        {
            return error!; // ReadProduct returns exactly one of the two.
        }

        var category = LazadaPayload.Long(input["PrimaryCategory"]);
        var name = LazadaPayload.Text(input["Attributes"]?["name"]);
        var (skus, problems) = LazadaProductInput.ReadSkus(input);
        if (category is null || string.IsNullOrWhiteSpace(name) || skus.Count == 0)
        {
            return LazadaJson.Error(LazadaErrors.InvalidParameter("PrimaryCategory, Attributes.name and at least one Skus.Sku are required"));
        }

        var book = catalog.Known(caller.ShopId);
        problems.AddRange(skus.Where(s => s.SellerSku is null || s.Price is null).Select(s => LazadaProductInput.Detail("SellerSku", "SellerSku and price are required for every SKU", s.Label)));
        problems.AddRange(skus.Where(s => s.SellerSku is not null && (book.FindSellerSku(s.SellerSku) is not null || skus.Count(o => o.SellerSku == s.SellerSku) > 1))
            .Select(s => LazadaProductInput.Detail("SellerSku", "SellerSku already exists in this shop", s.Label)));
        if (problems.Count > 0)
        {
            return LazadaJson.Error(LazadaErrors.SkuRejected, problems);
        }

        var product = new LazadaProduct(catalog.NewItemId(), clock.GetUtcNow().ToUnixTimeMilliseconds()) { PrimaryCategory = category.Value };
        lock (product.Gate)
        {
            ApplyProduct(product, input);
            foreach (var sku in skus)
            {
                AddSku(product, sku, catalog, book.Region);
            }

            book.Products[product.ItemId] = product;
            return LazadaJson.Ok(new
            {
                product.ItemId,
                SkuList = product.Skus.Select(s => new { s.ShopSku, s.SellerSku, s.SkuId }),
            });
        }
    }

    private static IResult Update(HttpContext http, LazadaCatalog catalog, CampaignLedger campaigns, SandboxClock clock)
    {
        var caller = LazadaCaller.From(http);
        var (input, error) = LazadaProductInput.ReadProduct(caller);
        if (input is null)
        {
            return error!; // ReadProduct returns exactly one of the two.
        }

        var book = catalog.Known(caller.ShopId);
        var product = LazadaPayload.Long(input["ItemId"]) is { } itemId ? catalog.Product(caller.ShopId, itemId)
            : LazadaPayload.Text(input["AssociatedSku"]) is { } associated ? book.FindSellerSku(associated)?.Product
            : null;
        if (product is null)
        {
            return LazadaJson.Error(LazadaErrors.ProductNotFound);
        }

        var (skus, problems) = LazadaProductInput.ReadSkus(input);

        // Looked up before taking this product's lock: the search locks other products one at a time.
        var taken = skus.Where(s => s.SellerSku is not null && book.FindSellerSku(s.SellerSku) is { } hit && hit.Product != product)
            .Select(s => s.SellerSku).ToHashSet(StringComparer.Ordinal);
        lock (product.Gate)
        {
            foreach (var sku in skus)
            {
                var existing = sku.SkuId is { } id ? product.Sku(id) : product.Skus.Find(s => s.SellerSku == sku.SellerSku);
                if (existing is not null && sku.Quantity is { } quantity
                    && campaigns.LockedQuantity(caller.ShopId, Text(product.ItemId), Text(existing.SkuId)) is var locked && quantity < locked)
                {
                    problems.Add(LazadaProductInput.Detail("quantity", $"quantity {quantity} is below the {locked} units locked by a running campaign", sku.Label));
                }
                else if (existing is null && (sku.SellerSku is null || sku.Price is null || taken.Contains(sku.SellerSku)))
                {
                    problems.Add(LazadaProductInput.Detail("SellerSku", "a new SKU needs a SellerSku unique in the shop and a price", sku.Label));
                }
            }

            if (problems.Count > 0)
            {
                return LazadaJson.Error(LazadaErrors.SkuRejected, problems);
            }

            ApplyProduct(product, input);
            foreach (var sku in skus)
            {
                var existing = sku.SkuId is { } id ? product.Sku(id) : product.Skus.Find(s => s.SellerSku == sku.SellerSku);
                if (existing is null)
                {
                    AddSku(product, sku, catalog, book.Region);
                }
                else
                {
                    sku.ApplyTo(existing);
                }
            }

            product.UpdatedMs = clock.GetUtcNow().ToUnixTimeMilliseconds();
        }

        return LazadaJson.Ok();
    }

    private static void ApplyProduct(LazadaProduct product, JsonObject input)
    {
        product.PrimaryCategory = LazadaPayload.Long(input["PrimaryCategory"]) ?? product.PrimaryCategory;
        if (input["Attributes"] is JsonObject attributes)
        {
            foreach (var (name, value) in attributes)
            {
                product.Attributes[name] = LazadaPayload.Text(value) ?? "";
            }
        }

        var images = LazadaPayload.Many(input["Images"], "Image").Select(LazadaPayload.Text).OfType<string>().ToList();
        if (images.Count > 0)
        {
            product.Images.Clear();
            product.Images.AddRange(images);
        }
    }

    private static void AddSku(LazadaProduct product, LazadaSkuInput input, LazadaCatalog catalog, string region)
    {
        var skuId = catalog.NewSkuId();
        var sku = new LazadaSku(skuId, input.SellerSku ?? "", $"{product.ItemId}_{region}-{skuId}");
        input.ApplyTo(sku);
        product.Skus.Add(sku);
    }

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);
}
