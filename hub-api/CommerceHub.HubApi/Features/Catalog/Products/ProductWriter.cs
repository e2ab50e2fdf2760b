using CommerceHub.HubApi.Features.Audit;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Catalog.Products;

/// <summary>
/// Applies a validated <see cref="ProductInput"/> to a product: product fields replaced, variants matched by SKU
/// (updated, added, or removed when absent), price changes audited. The caller saves once, so all of it or nothing lands.
/// </summary>
public sealed class ProductWriter(HubDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Refuses SKUs that another product of the merchant already uses.</summary>
    public async Task EnsureSkusFreeAsync(Guid merchantId, Guid productId, IEnumerable<string> skus, CancellationToken ct)
    {
        var wanted = skus.ToList();
        var taken = await db.Variants.Where(v => v.MerchantId == merchantId && v.ProductId != productId && wanted.Contains(v.Sku))
            .Select(v => v.Sku).ToListAsync(ct);
        if (taken.Count > 0)
        {
            throw new ConflictException($"SKU already used by another product: {string.Join(", ", taken)}.");
        }
    }

    /// <summary>Called only after <see cref="ProductRules.Validate"/> passed, so the required members are set.</summary>
    public void Apply(Product product, ProductInput input)
    {
        var now = clock.GetUtcNow();
        product.Code = input.Code!.Trim();
        product.Titles = new Dictionary<string, string>(input.Titles!, StringComparer.Ordinal);
        product.Descriptions = new Dictionary<string, string>(input.Descriptions ?? [], StringComparer.Ordinal);
        product.HsCode = input.HsCode!;
        product.Origin = input.Origin!;
        product.Brand = input.Brand;
        product.Category = input.Category;
        product.ImageUrls = [.. input.ImageUrls ?? []];
        product.UpdatedAt = now;
        if (product.CreatedAt == default)
        {
            product.CreatedAt = now;
        }

        product.Version++;
        var existing = product.Variants.ToDictionary(v => v.Sku, StringComparer.OrdinalIgnoreCase);
        foreach (var variantInput in input.Variants!)
        {
            if (!existing.Remove(variantInput.Sku!, out var variant))
            {
                variant = new ProductVariant { Sku = variantInput.Sku!, MerchantId = product.MerchantId, ProductId = product.Id };
                product.Variants.Add(variant);
            }
            else if (variant.PriceCny != variantInput.PriceCny)
            {
                audit.Record(product.MerchantId, "price", variant.Sku, "update",
                    new { priceCny = variant.PriceCny }, new { priceCny = variantInput.PriceCny });
            }

            ApplyVariant(variant, variantInput);
        }

        foreach (var removed in existing.Values)
        {
            product.Variants.Remove(removed);
        }
    }

    private static void ApplyVariant(ProductVariant variant, VariantInput input)
    {
        variant.Options = new Dictionary<string, string>(input.Options ?? [], StringComparer.Ordinal);
        variant.PriceCny = input.PriceCny!.Value;
        variant.CostCny = input.CostCny ?? 0;
        variant.WeightGrams = input.WeightGrams!.Value;
        variant.LengthMm = input.LengthMm ?? 0;
        variant.WidthMm = input.WidthMm ?? 0;
        variant.HeightMm = input.HeightMm ?? 0;
        variant.Barcode = input.Barcode;
    }
}
