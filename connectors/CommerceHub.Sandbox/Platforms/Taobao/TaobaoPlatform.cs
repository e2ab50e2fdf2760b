using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Faults;
using CommerceHub.Sandbox.Core.Orders;
using CommerceHub.Sandbox.Core.Tokens;
using CommerceHub.Sandbox.Core.Webhooks;
using CommerceHub.Sandbox.Hosting;
using CommerceHub.Sandbox.Platforms.Taobao.Auth;
using CommerceHub.Sandbox.Platforms.Taobao.Catalog;
using CommerceHub.Sandbox.Platforms.Taobao.Orders;

namespace CommerceHub.Sandbox.Platforms.Taobao;

/// <summary>Taobao/Tmall TOP: one router at /router/rest dispatching on the method parameter, default port 5106.</summary>
public sealed class TaobaoPlatform : ISandboxPlatform
{
    public const string RouterPath = "/router/rest";

    public string Name => "Taobao";

    public int DefaultPort => 5106;

    public TokenPolicy TokenPolicy => TaobaoAssumptions.Tokens;

    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<TaobaoCatalog>();
        services.AddSingleton<TaobaoTradeBook>();
        services.AddSingleton<ISandboxMarket, TaobaoMarket>();
        services.AddSingleton<IWebhookSigner, NoPushes>();
        services.AddSingleton<IFaultResponses, TaobaoFaultResponses>();
    }

    public void MapEndpoints(WebApplication app)
    {
        var methods = new Dictionary<string, Func<TaobaoCall, IServiceProvider, IResult>>(
            TaobaoTradeMethods.All.Concat(TaobaoItemMethods.All).Concat(TaobaoItemReadMethods.All).Concat(TaobaoItemUpdateMethods.All)
                .Concat(TaobaoLogisticsMethods.All).Concat(TaobaoLogisticsOrderMethods.All), StringComparer.Ordinal);
        app.MapMethods(RouterPath, ["GET", "POST"], (HttpContext http) =>
            {
                var call = TaobaoCall.From(http);
                return methods[call.Method](call, http.RequestServices);
            })
            .AddEndpointFilter(new TaobaoGate(methods.Keys.ToHashSet(StringComparer.Ordinal)));
        TaobaoAuthEndpoints.Map(app);
    }

    private sealed class TaobaoFaultResponses : IFaultResponses
    {
        public IResult ServerError() => TaobaoJson.Error(TaobaoErrors.Unavailable, StatusCodes.Status500InternalServerError);
    }

    /// <summary>TMC (Taobao's message channel) is not modelled, but the shared dispatcher needs a signer registered.</summary>
    private sealed class NoPushes : IWebhookSigner
    {
        public void Sign(HttpRequestMessage request, SandboxApp app, string url, string body)
        {
        }
    }
}
