using CommerceHub.HubApi.Contracts.Consignments;
using CommerceHub.HubApi.Features.Consignments;
using CommerceHub.HubApi.Features.Merchants;
using CommerceHub.HubApi.Infrastructure.Auth;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CommerceHub.HubApi.SampleData;

/// <summary>
/// In sample-data mode, sends a few consignments per sample merchant through Pingxiang (road) and Hekou (rail) and
/// scans them along their real routes against the single-window simulator, so the warehouse board starts with
/// consignments at every stage: awaiting inbound, in the warehouse, with customs, loaded, across the border.
/// </summary>
public sealed partial class SampleConsignments(IServiceScopeFactory scopes, IOptions<SampleDataOptions> sample, IOptions<CustomsOptions> customs,
    IHttpClientFactory http, ILogger<SampleConsignments> logger) : BackgroundService
{
    /// <summary>Per consignment: warehouse, transport, buyer, and the stations scanned right away (later scans wait, parked, for their step).</summary>
    private static readonly (string Warehouse, string Transport, string Buyer, string[] Scans)[] Plan =
    [
        ("PXG", "road", "Consumer", []),
        ("PXG", "road", "Consumer", [ScanStations.Inbound]),
        ("PXG", "road", "ForeignBusiness", [ScanStations.Inbound, ScanStations.Pack]),
        ("PXG", "road", "Consumer", [ScanStations.Inbound, ScanStations.Pack, ScanStations.Load, ScanStations.Depart]),
        ("HKO", "rail", "Consumer", [ScanStations.Inbound, ScanStations.Pack]),
        ("HKO", "rail", "Consumer", [ScanStations.Inbound, ScanStations.Pack, ScanStations.Load, ScanStations.Depart, ScanStations.Handover]),
    ];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!sample.Value.Enabled || !sample.Value.Consignments || !await SingleWindowUpAsync(stoppingToken))
        {
            return;
        }

        try
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                if (await scope.ServiceProvider.GetRequiredService<HubDbContext>().Set<Consignment>().IgnoreQueryFilters().AnyAsync(stoppingToken))
                {
                    return;
                }
            }

            foreach (var merchant in SampleDataSeeder.Merchants)
            {
                await SendAsync(merchant.Code, stoppingToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e);
        }
    }

    private async Task SendAsync(string merchantCode, CancellationToken ct)
    {
        var variants = SampleCatalog.Products.Where(p => p.MerchantCode == merchantCode)
            .SelectMany(p => p.Variants.Select(v => (Product: p, Variant: v))).ToList();
        for (var i = 0; i < Plan.Length; i++)
        {
            var (warehouse, transport, buyer, scans) = Plan[i];
            var stocked = variants.Where(x => warehouse == "PXG" ? x.Variant.StockPxg >= 5 : x.Variant.StockHko >= 5).ToList();
            if (stocked.Count == 0)
            {
                continue;
            }

            var (product, variant) = stocked[i % stocked.Count];
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var merchant = await db.Set<Merchant>().AsNoTracking().SingleAsync(m => m.Code == merchantCode, ct);
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(merchant.Id, "sample-data", role: HubRole.Warehouse);
            var created = await scope.ServiceProvider.GetRequiredService<CreateConsignment>().HandleAsync(new CreateConsignmentRequest(
                null, $"SAMPLE-{merchantCode.ToUpperInvariant()}-{i + 1:D2}",
                [new ConsignmentLineInput(variant.Sku, product.Titles.GetValueOrDefault("zh-CN") ?? product.Code, product.HsCode, 1 + (i % 3), variant.PriceCny)],
                "VN", transport, buyer, warehouse, null, null, null), ct);
            foreach (var station in scans)
            {
                await scope.ServiceProvider.GetRequiredService<ScanCommand>().HandleAsync(new ScanRequest(warehouse, station,
                    ScanPayloads.ForParcel(created.CopNo, created.ParcelNo), station == ScanStations.Load ? $"{warehouse}-TRUCK-0{i % 3 + 1}" : null), ct);
            }
        }
    }

    /// <summary>The sandbox may still be starting beside the hub: wait up to a minute for the single window.</summary>
    private async Task<bool> SingleWindowUpAsync(CancellationToken ct)
    {
        using var client = http.CreateClient();
        for (var attempt = 0; attempt < 30 && !ct.IsCancellationRequested; attempt++)
        {
            try
            {
                using var response = await client.GetAsync(new Uri(customs.Value.BaseUrl!, "/ceb/receipts?limit=1"), ct);
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not up yet.
            }

            await Task.Delay(TimeSpan.FromSeconds(2), ct);
        }

        LogNoSingleWindow(logger, customs.Value.BaseUrl);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sample consignments skipped: the single window at {BaseUrl} does not answer (is the sandbox running?)")]
    private static partial void LogNoSingleWindow(ILogger logger, Uri? baseUrl);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sample consignments could not be created")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
