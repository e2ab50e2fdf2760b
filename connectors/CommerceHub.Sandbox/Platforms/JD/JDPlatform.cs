using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Faults;
using CommerceHub.Sandbox.Core.Orders;
using CommerceHub.Sandbox.Core.Tokens;
using CommerceHub.Sandbox.Core.Webhooks;
using CommerceHub.Sandbox.Hosting;
using CommerceHub.Sandbox.Platforms.JD.Auth;
using CommerceHub.Sandbox.Platforms.JD.Catalog;
using CommerceHub.Sandbox.Platforms.JD.Orders;

namespace CommerceHub.Sandbox.Platforms.JD;

/// <summary>JD JOS: one router at /routerjson dispatching on the method parameter, default port 5105.</summary>
public sealed class JDPlatform : ISandboxPlatform
{
    public const string RouterPath = "/routerjson";

    public string Name => "JD";

    public int DefaultPort => 5105;

    public TokenPolicy TokenPolicy => JDAssumptions.Tokens;

    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<JDCatalog>();
        services.AddSingleton<JDOrderBook>();
        services.AddSingleton<ISandboxMarket, JDMarket>();
        services.AddSingleton<IWebhookSigner, NoPushes>();
        services.AddSingleton<IFaultResponses, JDFaultResponses>();
    }

    public void MapEndpoints(WebApplication app)
    {
        var methods = new Dictionary<string, Func<JDCall, IServiceProvider, IResult>>(JDOrderMethods.All.Concat(JDWareMethods.All), StringComparer.Ordinal);
        app.MapMethods(RouterPath, ["GET", "POST"], (HttpContext http) =>
            {
                var call = JDCall.From(http);
                return methods[call.Method](call, http.RequestServices);
            })
            .AddEndpointFilter(new JDGate(methods.Keys.ToHashSet(StringComparer.Ordinal)));
        JDAuthEndpoints.Map(app);
        JDWareMethods.MapAdmin(app);
    }

    private sealed class JDFaultResponses : IFaultResponses
    {
        public IResult ServerError() => Results.Json(
            new { error_response = new { code = JDErrors.Server.Code, zh_desc = JDErrors.Server.ZhDesc, en_desc = JDErrors.Server.EnDesc } },
            JDJson.Options,
            statusCode: StatusCodes.Status500InternalServerError);
    }

    /// <summary>JD's message push is not modelled, but the shared dispatcher needs a signer registered.</summary>
    private sealed class NoPushes : IWebhookSigner
    {
        public void Sign(HttpRequestMessage request, SandboxApp app, string url, string body)
        {
        }
    }
}
