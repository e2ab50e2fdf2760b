using System.Net.Http.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using CommerceHub.HubApi.Features.Catalog;
using CommerceHub.HubApi.Features.Listings;
using CommerceHub.HubApi.Features.Merchants;
using CommerceHub.HubApi.Features.Shops;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using CommerceHub.Inventory.Allocation;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CommerceHub.HubApi.SampleData;

/// <summary>
/// In sample-data mode, connects the sample merchants to the sandbox's shops so that a newcomer sees the whole loop:
/// it follows each shop's real consent link (the sandbox's shop_id extension stands in for the seller's click),
/// registers the hub's webhook address, publishes part of the catalog and starts a gentle stream of buyers' orders.
/// </summary>
public sealed partial class SampleShops(
    IServiceScopeFactory scopes,
    IOptions<SampleDataOptions> sample,
    IOptions<ShopsOptions> shops,
    IConfiguration configuration,
    IHttpClientFactory http,
    ILogger<SampleShops> logger) : BackgroundService
{
    /// <summary>The sample shops, and the platform status a buyer's order reaches once paid.</summary>
    public static readonly IReadOnlyList<SampleShop> Shops =
    [
        new("pxg-trading", Marketplace.Shopee, "Shopee", "600001", "VN", "READY_TO_SHIP"),
        new("pxg-trading", Marketplace.Lazada, "Lazada", "1000101", "VN", "pending"),
        new("pxg-trading", Marketplace.TikTokShop, "TikTok", "7494000000000000101", "VN", "AWAITING_SHIPMENT"),
        new("pxg-trading", Marketplace.Tiki, "Tiki", "1000001", "VN", "queueing"),
        new("hekou-goods", Marketplace.Shopee, "Shopee", "600002", "TH", "READY_TO_SHIP"),
        new("hekou-goods", Marketplace.Lazada, "Lazada", "1000102", "TH", "pending"),
        new("hekou-goods", Marketplace.TikTokShop, "TikTok", "7494000000000000102", "TH", "AWAITING_SHIPMENT"),
    ];

    public sealed record SampleShop(string Merchant, Marketplace Marketplace, string Section, string ShopId, string Region, string PaidStatus);

    private const int ProductsPerShop = 8;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!sample.Value.Enabled || !sample.Value.ConnectSandboxShops)
        {
            return;
        }

        foreach (var shop in Shops)
        {
            // The sandbox may still be starting beside the hub: try for a minute before giving up on a shop.
            for (var attempt = 1; attempt <= 12 && !stoppingToken.IsCancellationRequested; attempt++)
            {
                try
                {
                    await ConnectAsync(shop, stoppingToken);
                    break;
                }
                catch (Exception e) when (e is HttpRequestException or MarketplaceException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
                {
                    if (attempt == 12)
                    {
                        ConnectFailed(logger, e, shop.Marketplace, shop.ShopId);
                    }
                    else
                    {
                        await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
                    }
                }
            }
        }
    }

    private async Task ConnectAsync(SampleShop sampleShop, CancellationToken ct)
    {
        var baseUrl = configuration[$"Connectors:{sampleShop.Section}:BaseUrl"];
        if (baseUrl is null)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var merchant = await db.Set<Merchant>().SingleOrDefaultAsync(m => m.Code == sampleShop.Merchant, ct);
        if (merchant is null)
        {
            return;
        }

        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(merchant.Id, "sample-data");
        var shop = await db.Set<ShopConnection>().SingleOrDefaultAsync(s => s.Marketplace == sampleShop.Marketplace && s.ShopId == sampleShop.ShopId, ct);
        if (shop is { ProtectedAccessToken: not null })
        {
            return; // Connected on an earlier start.
        }

        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        shop ??= ShopConnection.Connect(db, merchant.Id, sampleShop.Marketplace, sampleShop.ShopId, $"{merchant.Name} {sampleShop.Region}",
            sampleShop.Region, Currencies.ForRegion(sampleShop.Region)!,
            $"{sampleShop.Marketplace.Code()}-{sampleShop.Region.ToLowerInvariant()}-{sampleShop.ShopId}", now);
        await db.SaveChangesAsync(ct);
        scope.ServiceProvider.GetRequiredService<AllocationRuleCache>().Invalidate(merchant.Id); // the new channel gets its share at once

        var link = scope.ServiceProvider.GetRequiredService<ShopAuthorizationLinks>().Build(shop);
        var chooser = sampleShop.Marketplace == Marketplace.Lazada ? "seller_id" : "shop_id";
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var consent = await browser.GetAsync(new Uri($"{link}&{chooser}={sampleShop.ShopId}"), ct);
        var redirect = consent.Headers.Location ?? throw new HttpRequestException($"The sandbox did not redirect the consent for shop {sampleShop.ShopId}.");
        var code = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(redirect.Query)["code"].ToString();
        await scope.ServiceProvider.GetRequiredService<ShopAuthorizationService>().CompleteAsync(sampleShop.Marketplace, sampleShop.ShopId, code, ct);

        var admin = http.CreateClient();
        admin.BaseAddress = new Uri(new Uri(baseUrl), "/__admin/");
        var hook = new Uri(shops.Value.PublicBaseUrl, $"/api/webhooks/{sampleShop.Marketplace.Code()}");
        (await admin.PutAsJsonAsync("webhook", new { url = hook }, ct)).EnsureSuccessStatusCode();

        await db.Entry(shop).ReloadAsync(ct);
        var products = await db.Set<Product>().Where(p => p.MerchantId == merchant.Id && p.Status == ProductStatus.Active)
            .OrderBy(p => p.Code).Take(ProductsPerShop).Select(p => p.Id).ToListAsync(ct);
        await ListingEndpoints.QueueAsync(db, scope.ServiceProvider.GetRequiredService<IBackgroundJobClient>(), merchant.Id, [shop], products, now, ct);
        ShopConnected(logger, sampleShop.Marketplace, sampleShop.ShopId, sampleShop.Merchant, products.Count);

        if (sample.Value.OrdersPerMinute > 0)
        {
            // Buyers arrive once the items exist on the platform; the sandbox never sells more than the published stock.
            _ = StartOrdersAsync(admin, sampleShop, ct);
        }
    }

    private async Task StartOrdersAsync(HttpClient admin, SampleShop shop, CancellationToken ct)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(20), ct);
            // Each buyer pays at once, so the order reserves its stock in the hub as soon as it is imported.
            var body = new
            {
                shopId = shop.ShopId, count = sample.Value.OrdersPerMinute * 60 * 8, perSecond = sample.Value.OrdersPerMinute / 60.0,
                quantity = 1, advanceTo = shop.PaidStatus,
            };
            (await admin.PostAsJsonAsync("scenarios/orders?wait=false", body, ct)).EnsureSuccessStatusCode();
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            OrdersNotStarted(logger, e, shop.ShopId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sample shop {Marketplace} {ShopId} connected for {Merchant}; publishing {Count} products")]
    private static partial void ShopConnected(ILogger logger, Marketplace marketplace, string shopId, string merchant, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not connect sample shop {Marketplace} {ShopId}; is the sandbox running?")]
    private static partial void ConnectFailed(ILogger logger, Exception exception, Marketplace marketplace, string shopId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not start sample orders for shop {ShopId}")]
    private static partial void OrdersNotStarted(ILogger logger, Exception exception, string shopId);
}
