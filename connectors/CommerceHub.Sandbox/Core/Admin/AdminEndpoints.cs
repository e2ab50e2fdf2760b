using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Faults;
using CommerceHub.Sandbox.Core.Limits;
using CommerceHub.Sandbox.Core.Orders;
using CommerceHub.Sandbox.Core.Webhooks;
using CommerceHub.Sandbox.Hosting;

namespace CommerceHub.Sandbox.Core.Admin;

/// <summary>
/// The unsigned control API every platform shares, under /__admin on the platform's own port.
/// Only the sandbox's operators (tests, developers) call it; real marketplaces have nothing like it.
/// </summary>
public static partial class AdminEndpoints
{
    public const string Prefix = "/__admin";

    public static void MapSandboxAdmin(this WebApplication app)
    {
        var admin = app.MapGroup(Prefix);
        admin.MapGet("/", Overview);
        admin.MapPost("/clock/advance", AdvanceClock);
        admin.MapGet("/faults", (FaultInjector faults) => faults.Current);
        admin.MapPut("/faults", (FaultSettings settings, FaultInjector faults) => { faults.Set(settings); return settings; });
        admin.MapDelete("/faults", (FaultInjector faults) => { faults.Set(new FaultSettings()); return Results.NoContent(); });
        admin.MapGet("/rate-limits", (RateLimiter limiter) => limiter.Settings);
        admin.MapPut("/rate-limits", (RateLimitSettings settings, RateLimiter limiter) => { limiter.Set(settings); return settings; });
        admin.MapPost("/apps", (AppRegistration body, AppRegistry registry) => registry.Upsert(new SandboxApp(body.AppId, body.AppSecret, body.CallbackUrl)));
        admin.MapPost("/shops", (ShopRegistration body, AppRegistry registry) => registry.Upsert(new SandboxShop(body.ShopId, body.Region.ToUpperInvariant(), body.Name)));
        admin.MapGet("/shops/{shopId}", (string shopId, ISandboxMarket market) => market.InspectShop(shopId) is { } shop ? Results.Ok(shop) : Results.NotFound());
        admin.MapGet("/webhook", (AppRegistry registry) => registry.Apps.Select(a => new { a.AppId, a.CallbackUrl }));
        admin.MapPut("/webhook", SetWebhook);
        admin.MapGet("/pushes", (string? shopId, PushLog log) => log.Snapshot(shopId));
        MapAuth(admin);
        MapOrders(admin);
    }

    private static object Overview(PlatformContext context, SandboxClock clock, FaultInjector faults, RateLimiter limiter, AppRegistry registry) => new
    {
        Platform = context.Name,
        context.BaseUrl,
        Now = clock.GetUtcNow(),
        NowUnix = clock.UnixSeconds,
        ClockOffsetSeconds = clock.Offset.TotalSeconds,
        Faults = faults.Current,
        RateLimits = limiter.Settings,
        registry.Apps,
        registry.Shops,
    };

    private static IResult AdvanceClock(ClockAdvance body, SandboxClock clock, PlatformContext context, ILogger<SandboxClock> logger)
    {
        if (body.Seconds < 0)
        {
            return Results.BadRequest("The clock only moves forward.");
        }

        clock.Advance(TimeSpan.FromSeconds(body.Seconds));
        Log.ClockMoved(logger, context.Name, body.Seconds);
        return Results.Ok(new { Now = clock.GetUtcNow(), NowUnix = clock.UnixSeconds });
    }

    private static IResult SetWebhook(WebhookRegistration body, AppRegistry registry)
    {
        var appId = body.AppId ?? DefaultAppId(registry);
        return appId is not null && registry.SetCallback(appId, body.Url) is { } app ? Results.Ok(app) : Results.NotFound();
    }

    private static string? DefaultAppId(AppRegistry registry) => registry.Apps.Count > 0 ? registry.Apps[0].AppId : null;
}
