using CommerceHub.HubApi.Features.Audit;
using CommerceHub.HubApi.Infrastructure.Auth;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Http;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using MapsterMapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Catalog.Products;

/// <summary>Product CRUD. Every query goes through the tenant filter, so another merchant's product is simply not found.</summary>
public static class ProductEndpoints
{
    public static Task<Page<ProductSummary>> List([AsParameters] PageQuery page, string? search, HubDbContext db, CancellationToken ct)
    {
        var query = db.Products.AsNoTracking().Where(p => p.Status == ProductStatus.Active);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            query = query.Where(p => p.Code.Contains(term) || p.Variants.Any(v => v.Sku.Contains(term)));
        }

        return query.OrderBy(p => p.Code)
            .Select(p => new ProductSummary(p.Id, p.Code, p.Titles, p.HsCode, p.Status.ToString(), p.Variants.Count, p.UpdatedAt))
            .ToPageAsync(page, ct);
    }

    public static async Task<ProductView> Get(Guid id, HubDbContext db, IMapper mapper, ICurrentUser user, CancellationToken ct) =>
        View(await Load(db, id, tracking: false, ct), mapper, user);

    public static async Task<Created<ProductView>> Create(
        ProductInput input, HubDbContext db, ProductRules rules, ProductWriter writer, IMapper mapper, ICurrentUser user, CancellationToken ct)
    {
        rules.Validate(input).ThrowIfInvalid();
        var merchantId = user.RequireMerchantId();
        if (await db.Products.AnyAsync(p => p.Code == input.Code, ct))
        {
            throw new ConflictException($"Product code '{input.Code}' is already used.");
        }

        var product = new Product { Code = input.Code!, HsCode = input.HsCode!, Origin = input.Origin!, MerchantId = merchantId };
        await writer.EnsureSkusFreeAsync(merchantId, product.Id, input.Variants!.Select(v => v.Sku!), ct);
        writer.Apply(product, input);
        db.Products.Add(product);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/products/{product.Id}", View(product, mapper, user));
    }

    public static async Task<ProductView> Update(
        Guid id, ProductInput input, HubDbContext db, ProductRules rules, ProductWriter writer, IMapper mapper, ICurrentUser user, CancellationToken ct)
    {
        rules.Validate(input).Check(input.Version is not null, "version", "is required: send the version you read.").ThrowIfInvalid();
        var product = await Load(db, id, tracking: true, ct);
        if (product.Version != input.Version)
        {
            throw new ConflictException($"The product changed since version {input.Version} (now {product.Version}); read it again.");
        }

        if (!string.Equals(product.Code, input.Code, StringComparison.Ordinal) && await db.Products.AnyAsync(p => p.Code == input.Code, ct))
        {
            throw new ConflictException($"Product code '{input.Code}' is already used.");
        }

        await writer.EnsureSkusFreeAsync(product.MerchantId, product.Id, input.Variants!.Select(v => v.Sku!), ct);
        writer.Apply(product, input);
        await db.SaveChangesAsync(ct);
        return View(product, mapper, user);
    }

    public sealed record PriceChange(decimal? PriceCny);

    public static async Task<Ok<VariantView>> UpdatePrice(
        string sku, PriceChange change, HubDbContext db, AuditTrail audit, IMapper mapper, ICurrentUser user, CancellationToken ct)
    {
        new Validation().Check(change.PriceCny is > 0 and <= ProductRules.MaxPriceCny && decimal.Round(change.PriceCny.Value, 2) == change.PriceCny,
            "priceCny", $"must be more than 0 and at most {ProductRules.MaxPriceCny} CNY, with at most 2 decimals.").ThrowIfInvalid();
        var variant = await db.Variants.SingleOrDefaultAsync(v => v.Sku == sku, ct) ?? throw new NotFoundException($"No SKU '{sku}'.");
        if (variant.PriceCny != change.PriceCny)
        {
            audit.Record(variant.MerchantId, "price", sku, "update", new { priceCny = variant.PriceCny }, new { priceCny = change.PriceCny });
            variant.PriceCny = change.PriceCny!.Value;
            await db.SaveChangesAsync(ct);
        }

        return TypedResults.Ok(mapper.Map<VariantView>(variant) with { CostCny = CanSeeCost(user) ? variant.CostCny : null });
    }

    public static async Task<NoContent> Archive(Guid id, HubDbContext db, AuditTrail audit, CancellationToken ct)
    {
        var product = await Load(db, id, tracking: true, ct);
        if (product.Status != ProductStatus.Archived)
        {
            audit.Record(product.MerchantId, "product", product.Code, "archive", new { status = product.Status.ToString() }, new { status = "Archived" });
            product.Status = ProductStatus.Archived;
            product.Version++;
            await db.SaveChangesAsync(ct);
        }

        return TypedResults.NoContent();
    }

    private static async Task<Product> Load(HubDbContext db, Guid id, bool tracking, CancellationToken ct)
    {
        var query = db.Products.Include(p => p.Variants).AsQueryable();
        return await (tracking ? query : query.AsNoTracking()).SingleOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException($"No product {id}.");
    }

    private static ProductView View(Product product, IMapper mapper, ICurrentUser user)
    {
        var view = mapper.Map<ProductView>(product);
        return CanSeeCost(user) ? view : view with { Variants = [.. view.Variants.Select(v => v with { CostCny = null })] };
    }

    private static bool CanSeeCost(ICurrentUser user) => user.Role == HubRole.MerchantAdmin;
}
