using CommerceHub.HubApi.Features.Auth;
using CommerceHub.HubApi.Features.Catalog;
using CommerceHub.HubApi.Features.Merchants;
using CommerceHub.HubApi.Infrastructure.Auth;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.Inventory.Ledger;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CommerceHub.HubApi.SampleData;

/// <summary>
/// Fills an empty hub: always the border warehouses; with SampleData:Enabled also an operator, two merchants with a
/// user of each role, and the sample catalog. Runs once: a hub that already has merchants is left alone.
/// </summary>
public static class SampleDataSeeder
{
    public const string OperatorEmail = "operator@park.example";

    public static readonly IReadOnlyList<(string Code, string Name, string City)> Merchants =
    [
        ("pxg-trading", "Pingxiang Border Trading Co.", "Pingxiang"),
        ("hekou-goods", "Hekou Red River Goods Co.", "Hekou"),
    ];

    public static string UserEmail(string merchantCode, HubRole role) => $"{role.ToString().ToLowerInvariant()}@{merchantCode}.example";

    public static async Task SeedSampleDataAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        if (!await db.Warehouses.AnyAsync(ct))
        {
            db.Warehouses.AddRange(BorderWarehouses.All());
            await db.SaveChangesAsync(ct);
        }

        var options = scope.ServiceProvider.GetRequiredService<IOptions<SampleDataOptions>>().Value;
        if (!options.Enabled || await db.Merchants.AnyAsync(ct))
        {
            return;
        }

        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<HubUser>>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        AddUser(db, hasher, options.Password, now, OperatorEmail, "Park operator", HubRole.Operator, null, "zh-CN");
        foreach (var (code, name, city) in Merchants)
        {
            var merchant = new Merchant { Code = code, Name = name, City = city, CreatedAt = now };
            db.Merchants.Add(merchant);
            foreach (var role in new[] { HubRole.MerchantAdmin, HubRole.Host, HubRole.Warehouse })
            {
                AddUser(db, hasher, options.Password, now, UserEmail(code, role), $"{name} {role}", role, merchant.Id,
                    role == HubRole.Host ? "vi" : "zh-CN");
            }

            db.Products.AddRange(SampleCatalog.Products.Where(p => p.MerchantCode == code).Select(p => ToProduct(p, merchant.Id, now)));
        }

        await db.SaveChangesAsync(ct);
        await ReceiveSampleStockAsync(scope.ServiceProvider, db, ct);
    }

    /// <summary>Stock goes in through the ledger, like any receipt, so Redis and the journal agree from the start.</summary>
    private static async Task ReceiveSampleStockAsync(IServiceProvider services, HubDbContext db, CancellationToken ct)
    {
        var ledger = services.GetRequiredService<StockLedger>();
        foreach (var merchant in await db.Merchants.AsNoTracking().ToListAsync(ct))
        {
            var lines = SampleCatalog.Products.Where(p => p.MerchantCode == merchant.Code).SelectMany(p => p.Variants)
                .SelectMany(v => new[] { new StockAdjustment(v.Sku, "PXG", v.StockPxg), new StockAdjustment(v.Sku, "HKO", v.StockHko) })
                .Where(line => line.Quantity > 0)
                .ToList();
            if (lines.Count > 0)
            {
                await ledger.ReceiveAsync(merchant.Id, "sample-data", lines, ct);
            }
        }
    }

    private static void AddUser(HubDbContext db, IPasswordHasher<HubUser> hasher, string password, DateTimeOffset now,
        string email, string displayName, HubRole role, Guid? merchantId, string language)
    {
        var user = new HubUser { Email = email, DisplayName = displayName, Role = role, MerchantId = merchantId, Language = language, CreatedAt = now };
        user.PasswordHash = hasher.HashPassword(user, password);
        db.Users.Add(user);
    }

    private static Product ToProduct(SampleProduct sample, Guid merchantId, DateTimeOffset now)
    {
        var product = new Product
        {
            MerchantId = merchantId, Code = sample.Code, HsCode = sample.HsCode, Origin = sample.Origin, Brand = sample.Brand,
            Category = sample.Category, Titles = new(sample.Titles), Descriptions = new(sample.Descriptions),
            ImageUrls = [$"https://img.example.com/{sample.Code.ToLowerInvariant()}/1.jpg"], CreatedAt = now, UpdatedAt = now, Version = 1,
        };
        product.Variants.AddRange(sample.Variants.Select(v => new ProductVariant
        {
            MerchantId = merchantId, ProductId = product.Id, Sku = v.Sku, Options = new(v.Options), PriceCny = v.PriceCny,
            CostCny = v.CostCny, WeightGrams = v.WeightGrams, LengthMm = v.LengthMm, WidthMm = v.WidthMm, HeightMm = v.HeightMm,
            Barcode = v.Barcode,
        }));
        return product;
    }
}
