using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.TikTok;
using CommerceHub.Sandbox.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.Bench.Connectors;

/// <summary>inventory/update: one product, up to 100 SKUs per call, 50 calls/s per API per app+shop.</summary>
internal sealed class TikTokStockBench : StockBench
{
    private const string AppKey = "6a1b2c3d4e5f6";
    private const string AppSecret = "bench-tiktok-app-secret";

    public override string Name => "tiktok";

    public override string Sandbox => "TikTok";

    public override Marketplace Marketplace => Marketplace.TikTokShop;

    public override string ShopId => "7494000000000000101";

    public override int SkusPerCall => 100;

    public override bool BatchPerListing => true;

    public override int StockCallsPerSecond => 50;

    public override object MeasuredLimits => new { permitsPerWindow = StockCallsPerSecond, windowSeconds = 1, perApi = new Dictionary<string, int>() };

    public override void AddSandboxSettings(IDictionary<string, string?> settings)
    {
        settings["Sandbox:Platforms:TikTok:Apps:0:AppId"] = AppKey;
        settings["Sandbox:Platforms:TikTok:Apps:0:AppSecret"] = AppSecret;
        settings["Sandbox:Platforms:TikTok:Shops:0:ShopId"] = ShopId;
        settings["Sandbox:Platforms:TikTok:Shops:0:Region"] = "VN";
        settings["Sandbox:Platforms:TikTok:Shops:0:Name"] = "Bench VN";
    }

    public override IDictionary<string, string?> ConnectorSettings(SandboxHost sandbox) => new Dictionary<string, string?>
    {
        ["Connectors:TikTok:AppKey"] = AppKey,
        ["Connectors:TikTok:AppSecret"] = AppSecret,
        ["Connectors:TikTok:BaseUrl"] = sandbox.BaseUrl(Sandbox).ToString(),
        ["Connectors:TikTok:AuthBaseUrl"] = sandbox.BaseUrl(Sandbox).ToString(),
        // Two under the platform's 50/s per API, so that a one-second window never holds more than 50 with one call delayed in flight.
        ["Connectors:TikTok:ApiPermitsPerSecond"] = "48",
    };

    public override void AddConnector(IServiceCollection services) => services.AddTikTokConnector();

    public override async Task<IReadOnlyList<StockUpdate>> SeedAsync(IServiceProvider services, ShopRef shop, int skus, SandboxHost sandbox)
    {
        var connector = services.GetRequiredService<TikTokConnector>();
        var listings = await Task.WhenAll(Enumerable.Range(0, (skus + SkusPerCall - 1) / SkusPerCall)
            .Select(i => connector.CreateListingAsync(shop, Listing("TTS", i, SkusPerCall, "601226", "VND", 100_000))));
        return Updates(listings, skus);
    }

    /// <summary>The connector learns every SKU's warehouses once (product search) and keeps them per node.</summary>
    public override async Task WarmUpAsync(IServiceProvider services, ShopRef shop, IReadOnlyList<StockUpdate> updates) =>
        await services.GetRequiredService<TikTokConnector>().UpdateStockAsync(shop, updates);
}
