using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Faults;
using CommerceHub.Sandbox.Core.Limits;
using CommerceHub.Sandbox.Core.Orders;
using CommerceHub.Sandbox.Core.Tokens;
using CommerceHub.Sandbox.Core.Webhooks;
using CommerceHub.Sandbox.Hosting;

namespace CommerceHub.Sandbox.Core;

public static class SandboxServiceCollectionExtensions
{
    /// <summary>The pieces every platform shares; each platform app gets its own instances, except the clock.</summary>
    public static IServiceCollection AddSandboxCore(this IServiceCollection services, SandboxClock clock, PlatformContext context, TokenPolicy tokenPolicy)
    {
        services.AddSingleton(clock);
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(context);
        services.AddSingleton(tokenPolicy);
        services.AddSingleton<AppRegistry>();
        services.AddSingleton<TokenStore>();
        services.AddSingleton<FaultInjector>();
        services.AddSingleton<RateLimiter>();
        services.AddSingleton<PushLog>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());
        services.AddSingleton<CampaignLedger>();
        services.AddSingleton<OrderScenarioDriver>();
        return services;
    }
}
