using CommerceHub.HubApi.Infrastructure.Jobs;
using CommerceHub.HubApi.Features.Channels;
using CommerceHub.HubApi.Features.Stock.Journal;
using CommerceHub.HubApi.Features.Stock.Reconciliation;
using CommerceHub.HubApi.Infrastructure.Auth;
using CommerceHub.Inventory;
using CommerceHub.Inventory.Allocation;
using CommerceHub.Inventory.Journal;
using CommerceHub.Inventory.Rebuild;

namespace CommerceHub.HubApi.Features.Stock;

public static class StockModule
{
    public static IHostApplicationBuilder AddStock(this IHostApplicationBuilder builder)
    {
        builder.Services.AddInventory();
        builder.Services.AddOptions<InventoryOptions>().BindConfiguration("Inventory");
        builder.Services.AddScoped<ILedgerJournal, EfLedgerJournal>();
        builder.Services.AddScoped<ILedgerSnapshotSource, EfLedgerSnapshotSource>();
        builder.Services.AddScoped<IAllocationRuleSource, EfAllocationRuleSource>();
        builder.Services.AddScoped<StockJobs>();
        builder.Services.AddRecurringJobs<StockRecurringJobs>();
        return builder;
    }

    public static IEndpointRouteBuilder MapStock(this IEndpointRouteBuilder app)
    {
        var stock = app.MapGroup("/api/stock").WithTags("Stock");
        stock.MapGet("/", StockEndpoints.List).RequireAuthorization(Policies.StockRead);
        stock.MapGet("/{sku}", StockEndpoints.Get).RequireAuthorization(Policies.StockRead)
            .WithSummary("On hand, reserved and available per warehouse, and what each channel may show and why.");
        stock.MapPost("/receipts", StockEndpoints.Receive).RequireAuthorization(Policies.StockWrite);
        stock.MapPost("/adjustments", StockEndpoints.Adjust).RequireAuthorization(Policies.StockWrite)
            .WithSummary("Change on hand by a delta or set it to a counted value; refused where it would go below reserved.");

        var reservations = stock.MapGroup("/reservations").RequireAuthorization(Policies.Reservations);
        reservations.MapPost("/", ReservationEndpoints.Reserve).WithSummary("Reserve every line or none; repeating an id returns the original result.");
        reservations.MapGet("/{id}", ReservationEndpoints.Get);
        reservations.MapPost("/{id}/commit", ReservationEndpoints.Commit);
        reservations.MapPost("/{id}/release", ReservationEndpoints.Release);

        var reconciliation = stock.MapGroup("/reconciliations").RequireAuthorization(Policies.StockRead);
        reconciliation.MapPost("/", ReconciliationEndpoints.Run).WithSummary("Compare Redis with the journal now.");
        reconciliation.MapGet("/latest", ReconciliationEndpoints.Latest);
        return app;
    }
}
