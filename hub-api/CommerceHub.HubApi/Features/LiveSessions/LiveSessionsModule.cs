using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.HubApi.Infrastructure.Auth;

namespace CommerceHub.HubApi.Features.LiveSessions;

public static class LiveSessionsModule
{
    public static IServiceCollection AddLiveSessions(this IServiceCollection services)
    {
        services.AddSingleton<LiveIndex>();
        services.AddSingleton<LiveCounterStore>();
        services.AddSingleton<LiveNotifier>();
        services.AddScoped<LiveStateReader>();
        services.AddScoped<LiveSessionCommands>();
        services.AddScoped<FlashSaleCommands>();
        services.AddScoped<LiveEventForwarder>();
        services.AddScoped<LiveJobs>();
        services.AddScoped<IFlashSaleStock, FlashSaleStock>();
        services.AddHostedService<LiveEventRelay>();
        return services;
    }

    public static IEndpointRouteBuilder MapLiveSessions(this IEndpointRouteBuilder app)
    {
        var sessions = app.MapGroup(LiveRoutes.Sessions).WithTags("Live sessions").RequireAuthorization(Policies.LiveSessions);
        sessions.MapPost("/", LiveSessionEndpoints.Schedule).WithSummary("Schedule a session on one or more of your sales channels, with a lineup.");
        sessions.MapGet("/", LiveSessionEndpoints.List);
        sessions.MapGet("/{id:guid}", LiveSessionEndpoints.Get);
        sessions.MapGet("/{id:guid}/state", LiveSessionEndpoints.State).WithSummary("Everything a console draws: stock, counters, sale, recent orders.");
        sessions.MapPut("/{id:guid}/lineup", LiveSessionEndpoints.SetLineup);
        sessions.MapPost("/{id:guid}/start", LiveSessionEndpoints.Start);
        sessions.MapPost("/{id:guid}/end", LiveSessionEndpoints.End).WithSummary("End the session; a running flash sale ends with it and its unsold stock goes back.");
        sessions.MapPost("/{id:guid}/pin", LiveSessionEndpoints.Pin);
        sessions.MapPost("/{id:guid}/flash-sales", LiveSessionEndpoints.StartFlashSale)
            .WithSummary("Countdown 10-300 s, 1-20 minutes, up to 100 lineup products; the stock is reserved from the pool at once.");
        sessions.MapPost("/{id:guid}/flash-sales/{saleId:guid}/end", LiveSessionEndpoints.EndFlashSale);
        sessions.MapGet("/{id:guid}/summary", LiveSessionEndpoints.Summary).WithSummary("Sold per product and channel, revenue, best minutes.");
        return app;
    }
}
