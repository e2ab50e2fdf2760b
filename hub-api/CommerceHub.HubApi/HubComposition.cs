using CommerceHub.HubApi.Features.Audit;
using CommerceHub.HubApi.Features.Auth;
using CommerceHub.HubApi.Features.Catalog;
using CommerceHub.HubApi.Features.Channels;
using CommerceHub.HubApi.Features.Consignments;
using CommerceHub.HubApi.Features.Currency;
using CommerceHub.HubApi.Features.Listings;
using CommerceHub.HubApi.Features.LiveSessions;
using CommerceHub.HubApi.Features.Merchants;
using CommerceHub.HubApi.Features.Orders;
using CommerceHub.HubApi.Features.Shops;
using CommerceHub.HubApi.Features.Stock;
using CommerceHub.HubApi.Infrastructure.Auth;
using CommerceHub.HubApi.Infrastructure.Http;
using CommerceHub.HubApi.Infrastructure.Jobs;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Redis;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using CommerceHub.HubApi.Realtime;
using CommerceHub.HubApi.SampleData;
using Mapster;
using MapsterMapper;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;

namespace CommerceHub.HubApi;

/// <summary>Wires the hub's parts; Program.cs only calls these two methods.</summary>
public static class HubComposition
{
    public static WebApplicationBuilder AddHub(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseUrls(builder.Configuration["Urls"] ?? "http://127.0.0.1:5080");
        var (_, redisConnection) = builder.AddRedis();
        builder.AddPersistence().AddHubAuth().AddHubHttp().AddJobs();
        builder.AddStock();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddHttpClient(); // also when no connector is configured (the sample shops use the factory)
        builder.Services.AddScoped<CurrentUser>();
        builder.Services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        builder.Services.AddCatalog().AddAudit().AddCurrency().AddListings().AddLiveSessions();
        builder.AddShops();
        builder.Services.AddOrders();
        builder.AddConsignments();
        builder.Services.AddSingleton(MapsterConfig());
        builder.Services.AddSingleton<IMapper>(sp => new Mapper(sp.GetRequiredService<TypeAdapterConfig>()));
        builder.Services.AddSignalR().AddStackExchangeRedis(redisConnection, o => o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("ch:signalr"));
        builder.Services.AddOpenApi();
        builder.Services.AddOptions<SampleDataOptions>().BindConfiguration(SampleDataOptions.Section);
        builder.Services.AddSingleton<CommerceHub.Inventory.Events.IStockEventObserver, StockEventForwarder>();
        builder.Services.AddHostedService<StartupBanner>();
        builder.Services.AddHostedService<SampleShops>();
        builder.Services.AddHostedService<SampleConsignments>();
        return builder;
    }

    public static WebApplication UseHub(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseJsonBodyLimit();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        var api = app.MapGroup("").RequireRateLimiting(HttpSetup.PerUserPolicy);
        api.MapAuth().MapMerchants().MapCatalog().MapAudit().MapStock().MapChannels().MapShops().MapCurrency().MapListings()
            .MapLiveSessions().MapOrders().MapConsignments();
        app.MapOrderWebhooks();
        app.MapCustomsReceipts();
        app.MapHub<MerchantHub>("/hubs/merchant");
        app.MapHub<LiveHub>(CommerceHub.HubApi.Contracts.Live.LiveGroups.HubPath);
        app.MapOpenApi();
        app.MapScalarApiReference();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapJobsDashboard();
        return app;
    }

    /// <summary>Mapster's configuration built from every IRegister in the hub, compiled once at start-up.</summary>
    public static TypeAdapterConfig MapsterConfig()
    {
        var config = new TypeAdapterConfig { RequireExplicitMapping = false };
        config.Default.RequireDestinationMemberSource(true);
        config.Scan(typeof(HubComposition).Assembly);
        config.Compile();
        return config;
    }
}
