using CommerceHub.Sandbox.Core.Faults;
using CommerceHub.Sandbox.Core.Orders;
using CommerceHub.Sandbox.Core.Tokens;
using CommerceHub.Sandbox.Core.Webhooks;
using CommerceHub.Sandbox.Hosting;
using CommerceHub.Sandbox.Platforms.Shopee.Auth;
using CommerceHub.Sandbox.Platforms.Shopee.Catalog;
using CommerceHub.Sandbox.Platforms.Shopee.Orders;
using CommerceHub.Sandbox.Platforms.Shopee.Push;

namespace CommerceHub.Sandbox.Platforms.Shopee;

/// <summary>Shopee Open Platform v2: paths under /api/v2, default port 5101.</summary>
public sealed class ShopeePlatform : ISandboxPlatform
{
    public string Name => "Shopee";

    public int DefaultPort => 5101;

    /// <summary>Code 10 min, access 4 h, refresh 30 days; a replaced access token works 5 more minutes.</summary>
    public TokenPolicy TokenPolicy { get; } = new(
        CodeLifetime: TimeSpan.FromMinutes(10),
        AccessLifetime: TimeSpan.FromHours(4),
        RefreshLifetime: TimeSpan.FromDays(30),
        GraceAfterRefresh: TimeSpan.FromMinutes(5));

    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<ShopeeCatalog>();
        services.AddSingleton<ShopeeOrderBook>();
        services.AddSingleton<ISandboxMarket, ShopeeMarket>();
        services.AddSingleton<IWebhookSigner, ShopeePushSigner>();
        services.AddSingleton<IFaultResponses, ShopeeFaultResponses>();
    }

    public void MapEndpoints(WebApplication app)
    {
        var publicApi = app.MapGroup("/api/v2").AddEndpointFilter(new ShopeeGate(ShopeeApiLevel.Public));
        var shopApi = app.MapGroup("/api/v2").AddEndpointFilter(new ShopeeGate(ShopeeApiLevel.Shop));
        ShopeeAuthEndpoints.Map(publicApi, app);
        ShopeePushEndpoints.Map(publicApi);
        ShopeeItemEndpoints.Map(shopApi);
        ShopeeVariationEndpoints.Map(shopApi);
        ShopeeStockEndpoints.Map(shopApi);
        ShopeeProductQueries.Map(shopApi);
        ShopeeOrderEndpoints.Map(shopApi);
        ShopeeLogisticsEndpoints.Map(shopApi);
    }

    private sealed class ShopeeFaultResponses : IFaultResponses
    {
        public IResult ServerError() => ShopeeJson.Error(ShopeeErrors.Server);
    }
}
