using CommerceHub.HubApi.Features.StockSync;
using CommerceHub.HubApi.Infrastructure.Auth;

namespace CommerceHub.HubApi.Features.Listings;

public static class ListingsModule
{
    public static IServiceCollection AddListings(this IServiceCollection services)
    {
        services.AddScoped<ListingJobs>();
        services.AddSingleton<ListingStates>();
        services.AddSingleton<StockSyncQueue>();
        services.AddSingleton<ChannelTargets>();
        services.AddSingleton<StockSyncWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<StockSyncWorker>());
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
        return app;
    }
}
