using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Tiki;
using CommerceHub.Sandbox.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.Bench.Connectors;

/// <summary>
/// updateSkus: any mix of products (each Tiki variant is its own product), at most 50 entries per call. Tiki publishes
/// no limit; the sandbox's placeholder is 100 calls/s per app+seller.
/// </summary>
internal sealed class TikiStockBench : StockBench
{
    private const string ClientId = "bench-tiki-client";
    private const string ClientSecret = "bench-tiki-client-secret";
    private const int VariantsPerRequest = 100;

    // Five review states of 30 s of sandbox clock each (TikiAssumptions.RequestStep).
    private static readonly TimeSpan ReviewTime = TimeSpan.FromSeconds(181);

    public override string Name => "tiki";

    public override string Sandbox => "Tiki";

    public override Marketplace Marketplace => Marketplace.Tiki;

    public override string ShopId => "1000001";

    public override int SkusPerCall => 50;

    public override bool BatchPerListing => false;

    public override int StockCallsPerSecond => 100;

    public override object MeasuredLimits => new { permitsPerWindow = StockCallsPerSecond, windowSeconds = 1, perApi = new Dictionary<string, int>() };

    public override void AddSandboxSettings(IDictionary<string, string?> settings)
    {
        settings["Sandbox:Platforms:Tiki:Apps:0:AppId"] = ClientId;
        settings["Sandbox:Platforms:Tiki:Apps:0:AppSecret"] = ClientSecret;
        settings["Sandbox:Platforms:Tiki:Shops:0:ShopId"] = ShopId;
        settings["Sandbox:Platforms:Tiki:Shops:0:Region"] = "VN";
        settings["Sandbox:Platforms:Tiki:Shops:0:Name"] = "Bench Tiki";
    }

    public override IDictionary<string, string?> ConnectorSettings(SandboxHost sandbox) => new Dictionary<string, string?>
    {
        ["Connectors:Tiki:ClientId"] = ClientId,
        ["Connectors:Tiki:ClientSecret"] = ClientSecret,
        ["Connectors:Tiki:BaseUrl"] = sandbox.BaseUrl(Sandbox).ToString(),
        // Three under the sandbox's 100/s, so that a one-second window never holds more than 100 with one call delayed in flight.
        ["Connectors:Tiki:ShopPermitsPerSecond"] = "97",
    };

    public override void AddConnector(IServiceCollection services) => services.AddTikiConnector();

    public override async Task<IReadOnlyList<StockUpdate>> SeedAsync(IServiceProvider services, ShopRef shop, int skus, SandboxHost sandbox)
    {
        var connector = services.GetRequiredService<TikiConnector>();
        var requests = await Task.WhenAll(Enumerable.Range(0, (skus + VariantsPerRequest - 1) / VariantsPerRequest)
            .Select(i => connector.RequestProductAsync(shop, Listing("TIKI", i, VariantsPerRequest, "8322", "VND", 100_000))));
        sandbox.Clock.Advance(ReviewTime);
        var approved = await Task.WhenAll(requests.Select(r => connector.GetProductRequestAsync(shop, r.TrackId)));
        var failed = approved.FirstOrDefault(r => !r.Approved);
        return failed is not null
            ? throw new InvalidOperationException($"Tiki product request {failed.TrackId} is {failed.State}.")
            : [.. approved.SelectMany(r => r.Products).Select(p => new StockUpdate(p.ExternalVariantId, null, 7)).Take(skus)];
    }
}
