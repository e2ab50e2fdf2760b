using CommerceHub.HubApi.Features.StockSync;
using CommerceHub.HubApi.Features.Shops;
using CommerceHub.HubApi.Infrastructure.Auth;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Jobs;
using CommerceHub.HubApi.Infrastructure.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Listings;

public static class ListingsModule
{
    public static IServiceCollection AddListings(this IServiceCollection services)
    {
        services.AddScoped<ListingJobs>();
        services.AddOptions<ListingReviewOptions>().BindConfiguration(ListingReviewOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ListingStates>();
        services.AddSingleton<StockSyncQueue>();
        services.AddSingleton<ChannelTargets>();
        services.AddSingleton<StockSyncWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<StockSyncWorker>());
        services.AddScoped<StockReconciliationJob>();
        services.AddRecurringJobs<StockSyncRecurringJobs>();
        return services;
    }

    public static IEndpointRouteBuilder MapListings(this IEndpointRouteBuilder app)
    {
        var listings = app.MapGroup("/api/listings").WithTags("Listings").RequireAuthorization(Policies.ChannelsManage);
        listings.MapPost("/publish", ListingEndpoints.Publish)
            .WithSummary("Publish products to shops: one job per product and shop; re-publishing updates, never duplicates.");
        listings.MapGet("/", ListingEndpoints.List);
        listings.MapGet("/{id:guid}", ListingEndpoints.Get);
        listings.MapDelete("/{id:guid}", ListingEndpoints.Delist);

        var profiles = app.MapGroup("/api/shops/{id:guid}/listing-profile").WithTags("Listings").RequireAuthorization(Policies.ChannelsManage);
        profiles.MapGet("/", ProfileEndpoints.Get);
        profiles.MapPut("/", ProfileEndpoints.Put);
        app.MapPost("/api/shops/{id:guid}/reconcile", async (Guid id, HubDbContext db, IBackgroundJobClient jobs, CancellationToken ct) =>
            await db.Set<ShopConnection>().AnyAsync(s => s.Id == id, ct)
                ? Results.Accepted(value: new { JobId = jobs.Enqueue<StockReconciliationJob>(j => j.ReconcileShopAsync(id, CancellationToken.None)) })
                : throw new NotFoundException($"Shop connection {id} does not exist."))
            .WithTags("Listings").RequireAuthorization(Policies.ChannelsManage)
            .WithSummary("Compare what the platform shows with what it should show and correct the drift.");
        return app;
    }
}
