using CommerceHub.Customs.Signing;
using CommerceHub.HubApi.Contracts.Consignments;
using CommerceHub.HubApi.Features.Consignments.Routes;
using CommerceHub.HubApi.Infrastructure.Auth;
using CommerceHub.HubApi.Infrastructure.Jobs;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.Workflows;
using CommerceHub.Workflows.Runtime;
using Hangfire;
using Microsoft.Extensions.Options;

namespace CommerceHub.HubApi.Features.Consignments;

public static class ConsignmentsModule
{
    public static IHostApplicationBuilder AddConsignments(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CustomsOptions>().BindConfiguration(CustomsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CustomsOptions>, CustomsOptionsValidator>();
        var workflows = builder.Configuration.GetSection("Workflows");
        services.AddWorkflows<HubDbContext>(o =>
        {
            workflows.Bind(o);
            foreach (var route in ConsignmentRoutes.All())
            {
                o.Add(route);
            }
        });

        // Test signer until the enterprise's e-port key is attached (see workflows/CommerceHub.Customs/README.md).
        services.AddSingleton<ICustomsSigner, TestOnlyCustomsSigner>();
        services.AddHttpClient<SingleWindowClient>((sp, http) => http.Timeout = sp.GetRequiredService<IOptions<CustomsOptions>>().Value.Timeout);
        services.AddSingleton<ConsignmentEvents>();
        services.AddSingleton<IWorkflowObserver, ConsignmentRouteObserver>();
        services.AddHostedService<ConsignmentEventRelay>();
        services.AddHostedService<ReceiptPoller>();
        services.AddScoped<ConsignmentReader>();
        services.AddScoped<CreateConsignment>();
        services.AddScoped<ConsignmentActions>();
        services.AddScoped<ScanCommand>();
        services.AddScoped<ReceiptIngest>();
        services.AddScoped<MonthlySummaryJob>();
        foreach (var activity in new[] { typeof(ReserveStock), typeof(AwaitScan), typeof(Declare), typeof(AwaitDecision), typeof(Escalate),
                     typeof(AwaitClosed), typeof(BrokerHandoff) })
        {
            services.AddScoped(activity);
        }

        services.AddRecurringJobs<Recurring>();
        return builder;
    }

    public static IEndpointRouteBuilder MapConsignments(this IEndpointRouteBuilder app)
    {
        var consignments = app.MapGroup("/api/consignments").WithTags("Consignments").RequireAuthorization(Policies.Consignments);
        consignments.MapPost("/", ConsignmentEndpoints.Create)
            .WithSummary("Creates a consignment from an imported order (orderId) or explicit B2B lines; routes it and starts its route.");
        consignments.MapGet("/", ConsignmentEndpoints.List).WithSummary("Consignments, filtered by warehouse and stage, paged.");
        consignments.MapGet("/{id:guid}", ConsignmentEndpoints.Get);
        consignments.MapGet("/{id:guid}/route", ConsignmentEndpoints.Route).WithSummary("The route definition as Mermaid, where the instance is, steps visited.");
        consignments.MapPost("/{id:guid}/resubmit", ConsignmentEndpoints.Resubmit).WithSummary("Corrects and resubmits a rejected list.");
        consignments.MapPost("/{id:guid}/cancel", ConsignmentEndpoints.Cancel).WithSummary("Cancels; the stock is released and the list cancelled (CEB605) where allowed.");
        consignments.MapPost("/{id:guid}/incidents/{incidentId:guid}/{action}", ConsignmentEndpoints.Incident)
            .WithSummary("retry, skip (?outcome=) or cancel an incident of the consignment's route.");
        app.MapPost("/api/scans", ConsignmentEndpoints.Scan).WithTags("Consignments").RequireAuthorization(Policies.Consignments)
            .WithSummary("A scanner reading (label QR or parcel number) at a station: resumed, duplicate, parked or unknown.");

        var operations = app.MapGroup("/api/workflows").WithTags("Workflows").RequireAuthorization(Policies.Operator);
        operations.MapGet("/incidents", WorkflowOperations.Incidents).WithSummary("Open incidents of every route (?all=true for resolved ones too).");
        operations.MapGet("/dead-letters", WorkflowOperations.DeadLetters);
        operations.MapPost("/dead-letters/{id:guid}/replay", WorkflowOperations.Replay);
        return app;
    }

    /// <summary>The single window's receipt push: anonymous like the platform webhooks; the receipt's content is validated.</summary>
    public static IEndpointRouteBuilder MapCustomsReceipts(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/customs/receipts", WorkflowOperations.Receipt).AllowAnonymous().WithTags("Consignments")
            .WithSummary("Receives one CEB receipt (XML) pushed by the single window.");
        app.MapHub<WarehouseHub>(WarehouseGroups.HubPath);
        return app;
    }

    private sealed class Recurring : IRecurringJobs
    {
        // The 1st of each month at 02:00 UTC: the summary is due by the 15th, so a failed run has two weeks of retries.
        public void Register(IRecurringJobManager jobs) =>
            jobs.AddOrUpdate<MonthlySummaryJob>(MonthlySummaryJob.JobId, j => j.RunAsync(CancellationToken.None), "0 2 1 * *");
    }
}
