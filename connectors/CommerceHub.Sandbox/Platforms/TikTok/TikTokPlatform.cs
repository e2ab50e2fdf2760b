using CommerceHub.Sandbox.Core.Faults;
using CommerceHub.Sandbox.Core.Orders;
using CommerceHub.Sandbox.Core.Tokens;
using CommerceHub.Sandbox.Core.Webhooks;
using CommerceHub.Sandbox.Hosting;
using CommerceHub.Sandbox.Platforms.TikTok.Auth;
using CommerceHub.Sandbox.Platforms.TikTok.Catalog;
using CommerceHub.Sandbox.Platforms.TikTok.Orders;
using CommerceHub.Sandbox.Platforms.TikTok.Push;

namespace CommerceHub.Sandbox.Platforms.TikTok;

/// <summary>TikTok Shop Partner API (202309+), with the auth host's /api/v2/token calls on the same port; default port 5104.</summary>
public sealed class TikTokPlatform : ISandboxPlatform
{
    public string Name => "TikTok";

    public int DefaultPort => 5104;

    /// <summary>Code 30 min and access 7 days (documented); refresh 365 days and the old token living on after a refresh are guesses.</summary>
    public TokenPolicy TokenPolicy { get; } = new(
        CodeLifetime: TimeSpan.FromMinutes(30),
        AccessLifetime: TimeSpan.FromDays(7),
        RefreshLifetime: TimeSpan.FromDays(365),
        GraceAfterRefresh: TimeSpan.FromDays(7));

    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<TikTokCatalog>();
        services.AddSingleton<TikTokOrderBook>();
        services.AddSingleton<ISandboxMarket, TikTokMarket>();
        services.AddSingleton<IWebhookSigner, TikTokPushSigner>();
        services.AddSingleton<IFaultResponses, TikTokFaultResponses>();
    }

    public void MapEndpoints(WebApplication app)
    {
        var sellerApi = app.MapGroup("").AddEndpointFilter(new TikTokGate(TikTokApiLevel.Seller));
        var shopApi = app.MapGroup("").AddEndpointFilter(new TikTokGate(TikTokApiLevel.Shop));
        TikTokAuthEndpoints.Map(app, sellerApi);
        TikTokProductEndpoints.Map(shopApi);
        TikTokProductEditEndpoints.Map(shopApi);
        TikTokProductStatusEndpoints.Map(shopApi);
        TikTokProductSearch.Map(shopApi);
        TikTokOrderEndpoints.Map(shopApi);
        TikTokFulfillmentEndpoints.Map(shopApi);
    }

    private sealed class TikTokFaultResponses : IFaultResponses
    {
        public IResult ServerError() => TikTokJson.Error(TikTokErrors.Server);
    }
}
