using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Shopee;
using CommerceHub.Sandbox.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.Bench.Connectors;

/// <summary>update_stock: one item, up to 50 models per call; the sandbox's placeholder limit is 20/s (Shopee publishes none).</summary>
internal sealed class ShopeeStockBench : StockBench
{
    private const string PartnerId = "2001887";
    private const string PartnerKey = "bench-shopee-partner-key";

    public override string Name => "shopee";

    public override string Sandbox => "Shopee";

    public override Marketplace Marketplace => Marketplace.Shopee;

    public override string ShopId => "600001";

    public override int SkusPerCall => 50;

    public override bool BatchPerListing => true;

    public override int StockCallsPerSecond => 20;

    public override object MeasuredLimits => new { permitsPerWindow = 100, windowSeconds = 1, perApi = new Dictionary<string, int> { ["/api/v2/product/update_stock"] = StockCallsPerSecond } };

    public override void AddSandboxSettings(IDictionary<string, string?> settings)
    {
        settings["Sandbox:Platforms:Shopee:Apps:0:AppId"] = PartnerId;
        settings["Sandbox:Platforms:Shopee:Apps:0:AppSecret"] = PartnerKey;
        settings["Sandbox:Platforms:Shopee:Shops:0:ShopId"] = ShopId;
        settings["Sandbox:Platforms:Shopee:Shops:0:Region"] = "VN";
        settings["Sandbox:Platforms:Shopee:Shops:0:Name"] = "Bench VN";
    }

    public override IDictionary<string, string?> ConnectorSettings(SandboxHost sandbox) => new Dictionary<string, string?>
    {
        ["Connectors:Shopee:PartnerId"] = PartnerId,
        ["Connectors:Shopee:PartnerKey"] = PartnerKey,
        ["Connectors:Shopee:BaseUrl"] = sandbox.BaseUrl(Sandbox).ToString(),
        ["Connectors:Shopee:ShopPermitsPerSecond"] = "95",
        // At 19/s a one-second platform window can hold 20 planned calls, and one call delayed in flight from the previous window then makes 21.
        ["Connectors:Shopee:ApiPermitsPerSecond:/api/v2/product/update_stock"] = "18.5",
    };

    public override void AddConnector(IServiceCollection services) => services.AddShopeeConnector();

    public override async Task<IReadOnlyList<StockUpdate>> SeedAsync(IServiceProvider services, ShopRef shop, int skus, SandboxHost sandbox)
    {
        var connector = services.GetRequiredService<ShopeeConnector>();
        var listings = await Task.WhenAll(Enumerable.Range(0, (skus + SkusPerCall - 1) / SkusPerCall)
            .Select(i => connector.CreateListingAsync(shop, Listing("SHP", i, SkusPerCall, "100017", "VND", 100_000))));
        return Updates(listings, skus);
    }
}
