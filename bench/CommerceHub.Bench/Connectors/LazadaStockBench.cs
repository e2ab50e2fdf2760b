using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Lazada;
using CommerceHub.Sandbox.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.Bench.Connectors;

/// <summary>/product/price_quantity/update: any mix of products, at most 50 SKUs per call, 50 calls/s per seller.</summary>
internal sealed class LazadaStockBench : StockBench
{
    private const string AppKey = "500777";
    private const string AppSecret = "bench-lazada-app-secret";
    private const string StockApi = "/product/price_quantity/update";

    public override string Name => "lazada";

    public override string Sandbox => "Lazada";

    public override Marketplace Marketplace => Marketplace.Lazada;

    public override string ShopId => "1000101";

    public override int SkusPerCall => 50;

    public override bool BatchPerListing => false;

    public override int StockCallsPerSecond => 50;

    public override object MeasuredLimits => new { permitsPerWindow = 100, windowSeconds = 1, perApi = new Dictionary<string, int> { [StockApi] = StockCallsPerSecond } };

    public override void AddSandboxSettings(IDictionary<string, string?> settings)
    {
        settings["Sandbox:Platforms:Lazada:Apps:0:AppId"] = AppKey;
        settings["Sandbox:Platforms:Lazada:Apps:0:AppSecret"] = AppSecret;
        settings["Sandbox:Platforms:Lazada:Shops:0:ShopId"] = ShopId;
        settings["Sandbox:Platforms:Lazada:Shops:0:Region"] = "VN";
        settings["Sandbox:Platforms:Lazada:Shops:0:Name"] = "Bench VN";
    }

    public override IDictionary<string, string?> ConnectorSettings(SandboxHost sandbox)
    {
        var rest = new Uri(sandbox.BaseUrl(Sandbox), "/rest").ToString();
        return new Dictionary<string, string?>
        {
            ["Connectors:Lazada:AppKey"] = AppKey,
            ["Connectors:Lazada:AppSecret"] = AppSecret,
            ["Connectors:Lazada:BaseUrl"] = rest,
            ["Connectors:Lazada:AuthUrl"] = rest,
            ["Connectors:Lazada:AuthorizeUrl"] = new Uri(sandbox.BaseUrl(Sandbox), "/oauth/authorize").ToString(),
            ["Connectors:Lazada:Region"] = "VN",
            ["Connectors:Lazada:ShopPermitsPerSecond"] = "95",
            // Two under the platform's 50/s, so that a one-second window never holds more than 50 with one call delayed in flight.
            [$"Connectors:Lazada:ApiPermitsPerSecond:{StockApi}"] = "48",
            ["Connectors:Lazada:SkusPerCall"] = "50",
        };
    }

    public override void AddConnector(IServiceCollection services) => services.AddLazadaConnector();

    public override async Task<IReadOnlyList<StockUpdate>> SeedAsync(IServiceProvider services, ShopRef shop, int skus, SandboxHost sandbox)
    {
        var connector = services.GetRequiredService<LazadaConnector>();
        var listings = await Task.WhenAll(Enumerable.Range(0, (skus + 49) / 50)
            .Select(i => connector.CreateListingAsync(shop, Listing("LZD", i, 50, "10002", "VND", 100_000))));
        return Updates(listings, skus);
    }
}
