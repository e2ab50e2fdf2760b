using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Douyin;
using CommerceHub.Connectors.Jd;
using CommerceHub.Connectors.Lazada;
using CommerceHub.Connectors.Shopee;
using CommerceHub.Connectors.Taobao;
using CommerceHub.Connectors.Tiki;
using CommerceHub.Connectors.TikTok;
using CommerceHub.HubApi.Infrastructure.Auth;
using CommerceHub.HubApi.Infrastructure.Jobs;
using Hangfire;
using Microsoft.Extensions.Options;

namespace CommerceHub.HubApi.Features.Shops;

public static class ShopsModule
{
    /// <summary>
    /// Shop connections and the connectors behind them. A connector is registered when its configuration section
    /// (<c>Connectors:&lt;Platform&gt;</c>) exists, so a park that does not sell on a platform needs no credentials for it.
    /// </summary>
    public static IHostApplicationBuilder AddShops(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ShopsOptions>().BindConfiguration(ShopsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ShopsOptions>, ShopsOptionsValidator>();
        services.AddSingleton<IShopTokenStore, EfShopTokenStore>();
        services.AddSingleton<ShopAuthorizationLinks>();
        services.AddScoped<ShopJobs>();
        services.AddRecurringJobs<Recurring>();

        var connectors = builder.Configuration.GetSection("Connectors");
        if (connectors.GetSection("Shopee").Exists())
        {
            services.AddShopeeConnector();
        }

        if (connectors.GetSection("Lazada").Exists())
        {
            services.AddLazadaConnector();
        }

        if (connectors.GetSection("TikTok").Exists())
        {
            services.AddTikTokConnector();
        }

        if (connectors.GetSection("Tiki").Exists())
        {
            services.AddTikiConnector();
        }

        if (connectors.GetSection("JD").Exists())
        {
            services.AddJdConnector();
        }

        if (connectors.GetSection("Taobao").Exists())
        {
            services.AddTaobaoConnector();
        }

        if (connectors.GetSection("Douyin").Exists())
        {
            services.AddDouyinConnector();
        }

        return builder;
    }

    public static IEndpointRouteBuilder MapShops(this IEndpointRouteBuilder app)
    {
        var shops = app.MapGroup("/api/shops").WithTags("Shops");
        var manage = shops.MapGroup("").RequireAuthorization(Policies.ChannelsManage);
        manage.MapGet("/", ShopEndpoints.List);
        manage.MapGet("/{id:guid}", ShopEndpoints.Get);
        manage.MapPost("/", ShopEndpoints.Connect)
            .WithSummary("Connect a platform shop; the answer's authorizeUrl is the consent page the seller opens.");
        shops.MapGet("/callback/{marketplace}", ShopEndpoints.Callback).AllowAnonymous()
            .WithSummary("Where the platform redirects the seller after consent.");
        return app;
    }

    private sealed class Recurring : IRecurringJobs
    {
        public void Register(IRecurringJobManager jobs) =>
            jobs.AddOrUpdate<ShopJobs>(ShopJobs.RefreshJobId, j => j.RefreshTokensAsync(CancellationToken.None), "*/5 * * * *");
    }
}
