using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Http;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using Hangfire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Catalog.Import;

public static class ImportEndpoints
{
    public sealed record ImportView(
        Guid Id, string FileName, string Format, string Status, int TotalRows, int ProcessedRows, int ProductsWritten,
        IReadOnlyList<ImportError> Errors, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt);

    /// <summary>Accepts a CSV or XLSX file and queues its import; progress arrives over SignalR and at the returned URL.</summary>
    public static async Task<Accepted<ImportView>> Upload(
        IFormFile? file, HubDbContext db, ICurrentUser user, IBackgroundJobClient jobs, TimeProvider clock, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            throw new HubValidationException("file", "Send the catalog as a multipart form field named 'file'.");
        }

        var format = Path.GetExtension(file.FileName).ToLowerInvariant() switch
        {
            ".csv" => ImportFormat.Csv,
            ".xlsx" => ImportFormat.Xlsx,
            _ => throw new HubValidationException("file", "Only .csv and .xlsx catalog files can be imported."),
        };

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var import = new CatalogImport
        {
            MerchantId = user.RequireMerchantId(),
            FileName = Path.GetFileName(file.FileName),
            Format = format,
            Content = buffer.ToArray(),
            Status = ImportStatus.Queued,
            CreatedBy = user.Actor,
            CreatedAt = clock.GetUtcNow(),
        };
        db.CatalogImports.Add(import);
        await db.SaveChangesAsync(ct);
        jobs.Enqueue<CatalogImportJob>(job => job.RunAsync(import.Id, CancellationToken.None));
        return TypedResults.Accepted($"/api/catalog/imports/{import.Id}", View(import));
    }

    public static async Task<ImportView> Get(Guid id, HubDbContext db, CancellationToken ct) =>
        View(await db.CatalogImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct)
             ?? throw new NotFoundException($"No catalog import {id}."));

    public static Task<Page<ImportView>> List([AsParameters] PageQuery page, HubDbContext db, CancellationToken ct) =>
        db.CatalogImports.AsNoTracking().OrderByDescending(i => i.CreatedAt)
            .Select(i => new ImportView(i.Id, i.FileName, i.Format.ToString(), i.Status.ToString(), i.TotalRows, i.ProcessedRows,
                i.ProductsWritten, new List<ImportError>(), i.CreatedAt, i.CompletedAt))
            .ToPageAsync(page, ct);

    private static ImportView View(CatalogImport i) => new(i.Id, i.FileName, i.Format.ToString(), i.Status.ToString(), i.TotalRows,
        i.ProcessedRows, i.ProductsWritten, i.Errors, i.CreatedAt, i.CompletedAt);
}
