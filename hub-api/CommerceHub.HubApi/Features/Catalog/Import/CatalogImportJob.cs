using System.Text.RegularExpressions;
using CommerceHub.HubApi.Contracts.Realtime;
using CommerceHub.HubApi.Features.Catalog.Products;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using CommerceHub.HubApi.Realtime;
using Hangfire;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Catalog.Import;

/// <summary>
/// Imports a catalog file all or nothing: every row is checked first; if any row is wrong nothing is written and
/// the import lists each refused row with its reason. A valid file is written in one transaction (products are
/// matched by product code, so re-importing a corrected catalog updates it). Safe to run twice: a finished import is left alone.
/// </summary>
public sealed partial class CatalogImportJob(
    HubDbContext db, CurrentUser currentUser, ProductRules rules, ProductWriter writer,
    IHubContext<MerchantHub, IMerchantClient> hub, TimeProvider clock)
{
    private const int ProgressEvery = 200;
    private const int MaxErrorsKept = 1000;

    [Queue("imports")]
    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [5, 30])]
    public async Task RunAsync(Guid importId, CancellationToken ct)
    {
        var import = await db.CatalogImports.IgnoreQueryFilters().SingleOrDefaultAsync(i => i.Id == importId, ct);
        if (import is null || import.Status is ImportStatus.Succeeded or ImportStatus.Rejected or ImportStatus.Failed)
        {
            return;
        }

        currentUser.ActAs(import.MerchantId, $"import:{import.CreatedBy}");
        import.Status = ImportStatus.Running;
        await db.SaveChangesAsync(ct);

        IReadOnlyList<ImportRow> rows;
        try // Parsing only reads the uploaded bytes: whatever it throws means the file is unreadable, not a hub fault.
        {
            rows = CatalogFileReader.Read(import.Content, import.Format);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await FinishAsync(import, ImportStatus.Failed, [new ImportError(0, "file", $"The file cannot be read as {import.Format}: {exception.Message}")], ct);
            return;
        }

        import.TotalRows = rows.Count;
        var errors = new List<ImportError>();
        var products = CatalogRowMapper.Map(rows, errors);
        await CheckAsync(import, products, errors, ct);
        if (errors.Count > 0 || rows.Count == 0)
        {
            var reported = rows.Count == 0 ? [new ImportError(0, "file", "The file has no data rows.")] : errors;
            await FinishAsync(import, ImportStatus.Rejected, reported, ct);
            return;
        }

        await WriteAsync(import, products, ct);
        await FinishAsync(import, ImportStatus.Succeeded, [], ct);
    }

    private async Task CheckAsync(CatalogImport import, IReadOnlyList<CatalogRowMapper.MappedProduct> products, List<ImportError> errors, CancellationToken ct)
    {
        var skuOwner = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var product in products)
        {
            var validation = rules.Validate(product.Input);
            if (!validation.IsValid)
            {
                errors.AddRange(ToRowErrors(validation, product));
            }

            foreach (var (variant, row) in product.Input.Variants!.Zip(product.Rows))
            {
                if (variant.Sku is { } sku && !skuOwner.TryAdd(sku, product.Input.Code!) && skuOwner[sku] != product.Input.Code)
                {
                    errors.Add(new ImportError(row, "sku", $"SKU '{sku}' is also used by product '{skuOwner[sku]}' in this file."));
                }
            }

            import.ProcessedRows += product.Rows.Count;
            if (import.ProcessedRows % ProgressEvery < product.Rows.Count)
            {
                await PushAsync(import, errors.Count);
            }
        }

        var skus = skuOwner.Keys.ToList();
        var taken = await db.Variants.Where(v => skus.Contains(v.Sku))
            .Join(db.Products, v => v.ProductId, p => p.Id, (v, p) => new { v.Sku, p.Code }).ToListAsync(ct);
        foreach (var clash in taken.Where(t => !string.Equals(skuOwner[t.Sku], t.Code, StringComparison.OrdinalIgnoreCase)))
        {
            var product = products.First(p => string.Equals(p.Input.Code, skuOwner[clash.Sku], StringComparison.OrdinalIgnoreCase));
            var row = product.Rows[product.Input.Variants!.FindIndex(v => string.Equals(v.Sku, clash.Sku, StringComparison.OrdinalIgnoreCase))];
            errors.Add(new ImportError(row, "sku", $"SKU '{clash.Sku}' already belongs to product '{clash.Code}'."));
        }
    }

    private static IEnumerable<ImportError> ToRowErrors(Infrastructure.Errors.Validation validation, CatalogRowMapper.MappedProduct product) =>
        validation.Failures.Select(failure =>
        {
            var match = VariantField().Match(failure.Field);
            return match.Success
                ? new ImportError(product.Rows[int.Parse(match.Groups[1].Value)], match.Groups[2].Value, failure.Message)
                : new ImportError(product.FirstRow, failure.Field, failure.Message);
        });

    private async Task WriteAsync(CatalogImport import, IReadOnlyList<CatalogRowMapper.MappedProduct> products, CancellationToken ct)
    {
        var codes = products.Select(p => p.Input.Code!).ToList();
        var existing = await db.Products.Include(p => p.Variants).Where(p => codes.Contains(p.Code)).ToDictionaryAsync(p => p.Code, StringComparer.OrdinalIgnoreCase, ct);
        foreach (var mapped in products)
        {
            if (!existing.TryGetValue(mapped.Input.Code!, out var product))
            {
                product = new Product { Code = mapped.Input.Code!, HsCode = mapped.Input.HsCode!, Origin = mapped.Input.Origin!, MerchantId = import.MerchantId };
                db.Products.Add(product);
            }

            writer.Apply(product, mapped.Input);
        }

        import.ProductsWritten = products.Count;
    }

    private async Task FinishAsync(CatalogImport import, ImportStatus status, List<ImportError> errors, CancellationToken ct)
    {
        import.Status = status;
        import.Errors = [.. errors.OrderBy(e => e.Row).Take(MaxErrorsKept)];
        import.CompletedAt = clock.GetUtcNow();
        import.ProcessedRows = import.TotalRows;
        await db.SaveChangesAsync(ct);
        await PushAsync(import, errors.Count);
    }

    private Task PushAsync(CatalogImport import, int errors) =>
        hub.Clients.Group(MerchantGroups.Merchant(import.MerchantId))
            .ImportProgress(new CatalogImportProgress(import.Id, import.Status.ToString(), import.ProcessedRows, import.TotalRows, errors));

    [GeneratedRegex(@"^variants\[(\d+)\]\.?(.*)$")]
    private static partial Regex VariantField();
}
