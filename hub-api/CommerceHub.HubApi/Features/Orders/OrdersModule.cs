using CommerceHub.Connectors.Runtime;
using CommerceHub.HubApi.Infrastructure.Auth;
using CommerceHub.HubApi.Infrastructure.Jobs;
using Hangfire;
using Microsoft.Extensions.Options;

namespace CommerceHub.HubApi.Features.Orders;

public static class OrdersModule
{
    public static IServiceCollection AddOrders(this IServiceCollection services)
    {
        services.AddOptions<OrdersOptions>().BindConfiguration(OrdersOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OrdersOptions>, OrdersOptionsValidator>();
        // The push gate and the per-order lease come from the connector runtime, also when no connector is configured.
        services.AddConnectorRuntime();
        services.AddSingleton<OrderEvents>();
        services.AddScoped<OrderStock>();
        services.AddScoped<OrderImporter>();
        services.AddScoped<OrderBatchImporter>();
        services.AddScoped<OrderDetailFetcher>();
        services.AddScoped<OrderPushBatch>();
        services.AddScoped<InboxDrain>();
        services.AddScoped<InboxDrainJob>();
        services.AddScoped<OrderPolling>();
        services.AddSingleton<InboxSignal>();
        services.AddSingleton<InboxWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<InboxWriter>());
        services.AddHostedService<InboxDrainLoop>();
        services.AddRecurringJobs<Recurring>();
        return services;
    }

    public static IEndpointRouteBuilder MapOrders(this IEndpointRouteBuilder app)
    {
        var orders = app.MapGroup("/api/orders").WithTags("Orders");
        orders.MapGet("/", OrderEndpoints.List).RequireAuthorization(Policies.StockRead)
            .WithSummary("Orders from every platform; filter by marketplace, shop, status, stockState, from/to (placed) and sku.");
        orders.MapGet("/{id:guid}", OrderEndpoints.Get).RequireAuthorization(Policies.StockRead);
        orders.MapPost("/{id:guid}/ship", ShipOrder.Handle).RequireAuthorization(Policies.StockWrite)
            .WithSummary("Arrange shipment on the platform (Pickup, Dropoff, or SellerCarrier with a tracking number).");
        return app;
    }

    /// <summary>Platform pushes: anonymous (the signature authenticates) and outside the per-user rate limit.</summary>
    public static IEndpointRouteBuilder MapOrderWebhooks(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/webhooks/{marketplace}", WebhookEndpoints.Receive).AllowAnonymous().WithTags("Orders")
            .WithSummary("Receives a platform's signed push; stores it and answers at once, a drain pass processes it in a batch.");
        return app;
    }

    private sealed class Recurring : IRecurringJobs
    {
        public void Register(IRecurringJobManager jobs)
        {
            jobs.AddOrUpdate<OrderPolling>(OrderPolling.ScheduleJobId, j => j.ScheduleAsync(CancellationToken.None), "* * * * *");
            jobs.AddOrUpdate<InboxDrainJob>(InboxDrainJob.JobId, j => j.RunAsync(CancellationToken.None), "* * * * *");
        }
    }
}
