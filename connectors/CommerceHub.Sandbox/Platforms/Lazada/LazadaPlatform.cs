using CommerceHub.Sandbox.Core.Faults;
using CommerceHub.Sandbox.Core.Orders;
using CommerceHub.Sandbox.Core.Tokens;
using CommerceHub.Sandbox.Core.Webhooks;
using CommerceHub.Sandbox.Hosting;
using CommerceHub.Sandbox.Platforms.Lazada.Auth;
using CommerceHub.Sandbox.Platforms.Lazada.Catalog;
using CommerceHub.Sandbox.Platforms.Lazada.Orders;
using CommerceHub.Sandbox.Platforms.Lazada.Push;

namespace CommerceHub.Sandbox.Platforms.Lazada;

/// <summary>Lazada Open Platform: APIs and token calls under /rest, consent page at /oauth/authorize, default port 5102.</summary>
public sealed class LazadaPlatform : ISandboxPlatform
{
    public string Name => "Lazada";

    public int DefaultPort => 5102;

    /// <summary>The test-app lifetimes; online apps get theirs per call from <see cref="LazadaAppTiers"/>.</summary>
    public TokenPolicy TokenPolicy => LazadaAppTiers.Test;

    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<LazadaAppTiers>();
        services.AddSingleton<LazadaThrottle>();
        services.AddSingleton<LazadaCatalog>();
        services.AddSingleton<LazadaOrderBook>();
        services.AddSingleton<ISandboxMarket, LazadaMarket>();
        services.AddSingleton<IWebhookSigner, LazadaPushSigner>();
        services.AddSingleton<IFaultResponses, LazadaFaultResponses>();
    }

    public void MapEndpoints(WebApplication app)
    {
        var authApi = app.MapGroup(LazadaGate.Prefix).AddEndpointFilter(new LazadaGate(sellerApi: false));
        var sellerApi = app.MapGroup(LazadaGate.Prefix).AddEndpointFilter(new LazadaGate(sellerApi: true));
        LazadaAuthEndpoints.Map(authApi, app);
        LazadaProductEndpoints.Map(sellerApi);
        LazadaStockEndpoints.Map(sellerApi);
        LazadaProductQueries.Map(sellerApi);
        LazadaOrderEndpoints.Map(sellerApi);
        LazadaFulfillmentEndpoints.Map(sellerApi);
    }

    private sealed class LazadaFaultResponses : IFaultResponses
    {
        public IResult ServerError() => LazadaJson.Error(LazadaErrors.System);
    }
}
