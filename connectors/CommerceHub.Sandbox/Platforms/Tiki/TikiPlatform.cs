using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Faults;
using CommerceHub.Sandbox.Core.Orders;
using CommerceHub.Sandbox.Core.Tokens;
using CommerceHub.Sandbox.Core.Webhooks;
using CommerceHub.Sandbox.Hosting;
using CommerceHub.Sandbox.Platforms.Tiki.Auth;
using CommerceHub.Sandbox.Platforms.Tiki.Catalog;
using CommerceHub.Sandbox.Platforms.Tiki.Events;
using CommerceHub.Sandbox.Platforms.Tiki.Orders;

namespace CommerceHub.Sandbox.Platforms.Tiki;

/// <summary>Tiki Open API: OAuth 2.0 under /sc/oauth2, Bearer-token calls under /integration, default port 5103.</summary>
public sealed class TikiPlatform : ISandboxPlatform
{
    public string Name => "Tiki";

    public int DefaultPort => 5103;

    public TokenPolicy TokenPolicy => TikiAssumptions.Tokens;

    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<TikiCatalog>();
        services.AddSingleton<TikiOrderBook>();
        services.AddSingleton<TikiEventHub>();
        services.AddSingleton<ISandboxMarket, TikiMarket>();
        services.AddSingleton<IWebhookSigner, NoPushes>();
        services.AddSingleton<IFaultResponses, TikiFaultResponses>();
    }

    public void MapEndpoints(WebApplication app)
    {
        var sellerApi = app.MapGroup("").AddEndpointFilter(new TikiGate(TikiTokenKind.Seller));
        var appApi = app.MapGroup("").AddEndpointFilter(new TikiGate(TikiTokenKind.App));
        var eitherApi = app.MapGroup("").AddEndpointFilter(new TikiGate(TikiTokenKind.Either));
        TikiAuthEndpoints.Map(app);
        sellerApi.MapGet("/integration/v2/sellers/me", (HttpContext http, AppRegistry registry) => SellerInfo(registry, TikiCaller.From(http).Seller));
        TikiProductEndpoints.Map(sellerApi);
        TikiStockEndpoints.Map(sellerApi);
        TikiOrderEndpoints.Map(sellerApi);
        TikiEventEndpoints.Map(appApi, sellerApi, eitherApi);
    }

    private static IResult SellerInfo(AppRegistry registry, string sellerId)
    {
        var shop = registry.FindShop(sellerId)!; // TikiGate accepted a token for this seller.
        return TikiJson.Ok(new
        {
            id = long.TryParse(shop.ShopId, out var id) ? id : 0,
            name = shop.Name,
            active = 1,
            logo = "",
            can_update_product = 1,
            registration_status = "completed",
            operation_models = new[] { "dropship" },
        });
    }

    private sealed class TikiFaultResponses : IFaultResponses
    {
        public IResult ServerError() => TikiJson.Error(TikiErrors.Server);
    }

    /// <summary>Tiki sends no webhooks (events are pulled), but the shared dispatcher needs a signer registered.</summary>
    private sealed class NoPushes : IWebhookSigner
    {
        public void Sign(HttpRequestMessage request, SandboxApp app, string url, string body)
        {
        }
    }
}
