using CommerceHub.Sandbox.Core.Faults;
using CommerceHub.Sandbox.Core.Orders;
using CommerceHub.Sandbox.Core.Tokens;
using CommerceHub.Sandbox.Core.Webhooks;
using CommerceHub.Sandbox.Hosting;
using CommerceHub.Sandbox.Platforms.Douyin.Auth;
using CommerceHub.Sandbox.Platforms.Douyin.Catalog;
using CommerceHub.Sandbox.Platforms.Douyin.Orders;
using CommerceHub.Sandbox.Platforms.Douyin.Push;

namespace CommerceHub.Sandbox.Platforms.Douyin;

/// <summary>Douyin Shop (抖店): POST /{method with dots as slashes}, param_json as the body, default port 5107.</summary>
public sealed class DouyinPlatform : ISandboxPlatform
{
    public string Name => "Douyin";

    public int DefaultPort => 5107;

    public TokenPolicy TokenPolicy => DouyinAssumptions.Tokens;

    public static string PathOf(string method) => "/" + method.Replace('.', '/');

    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<DouyinCatalog>();
        services.AddSingleton<DouyinOrderBook>();
        services.AddSingleton<ISandboxMarket, DouyinMarket>();
        services.AddSingleton<IWebhookSigner, DouyinPushSigner>();
        services.AddSingleton<IFaultResponses, DouyinFaultResponses>();
    }

    public void MapEndpoints(WebApplication app)
    {
        foreach (var (method, handler) in DouyinTokenMethods.All.Concat(DouyinProductMethods.All).Concat(DouyinOrderMethods.All))
        {
            app.MapPost(PathOf(method), (HttpContext http) => handler(DouyinCall.From(http), http.RequestServices))
                .AddEndpointFilter(new DouyinGate(method, needsToken: !DouyinTokenMethods.Names.Contains(method)));
        }

        DouyinProductMethods.MapAdmin(app);

        // Any other path is a method the gateway does not know.
        app.MapFallback(() => DouyinJson.Error(DouyinErrors.UnknownMethod));
    }

    private sealed class DouyinFaultResponses : IFaultResponses
    {
        public IResult ServerError() => DouyinJson.Error(DouyinErrors.Server, DouyinAssumptions.FaultHttpStatus);
    }
}
