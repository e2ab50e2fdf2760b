using CommerceHub.Sandbox.Core.Orders;

namespace CommerceHub.Sandbox.Core.Admin;

public static partial class AdminEndpoints
{
    private static void MapOrders(RouteGroupBuilder admin)
    {
        admin.MapPost("/scenarios/orders", StartScenario);
        admin.MapGet("/scenarios/{id}", (string id, OrderScenarioDriver driver) => driver.Find(id) is { } report ? Results.Ok(report) : Results.NotFound());
        admin.MapPost("/orders/{orderId}/status", MoveOrder);
        admin.MapGet("/campaigns", (CampaignLedger ledger) => ledger.All);
        admin.MapPost("/campaigns", StartCampaign);
        admin.MapPost("/campaigns/{id}/end", EndCampaign);
    }

    /// <summary>With wait=true (the default) the call returns when every order exists and has been advanced.</summary>
    private static async Task<IResult> StartScenario(OrderScenarioRequest body, OrderScenarioDriver driver, IHostApplicationLifetime lifetime, bool? wait)
    {
        if (body.Count < 1 || body.Quantity < 1)
        {
            return Results.BadRequest("Count and Quantity must be at least 1.");
        }

        var (report, completion) = driver.Start(body, lifetime.ApplicationStopping);
        if (wait ?? true)
        {
            await completion;
            report = driver.Find(report.Id) ?? report;
        }

        return Results.Ok(report);
    }

    private static async Task<IResult> MoveOrder(string orderId, StatusChange body, OrderScenarioDriver driver, CancellationToken ct)
    {
        var moved = await driver.AdvanceAsync(body.ShopId, orderId, body.Status, body.StepDelayMs, ct);
        return moved ? Results.Ok(new { orderId, body.Status }) : Results.Conflict(new { orderId, body.Status, Reason = "Order unknown or move not allowed." });
    }

    private static IResult StartCampaign(CampaignRequest body, ISandboxMarket market, CampaignLedger ledger)
    {
        if (body.Quantity < 1 || !market.LockCampaignStock(body.ShopId, body.ItemId, body.ModelId, body.Quantity))
        {
            return Results.Conflict(new { Reason = "Not enough stock to lock." });
        }

        return Results.Ok(ledger.Add(body.ShopId, body.ItemId, body.ModelId, body.Quantity));
    }

    private static IResult EndCampaign(string id, ISandboxMarket market, CampaignLedger ledger)
    {
        if (ledger.End(id) is not { } campaign)
        {
            return Results.NotFound();
        }

        market.ReturnCampaignStock(campaign.ShopId, campaign.ItemId, campaign.ModelId, campaign.Quantity);
        return Results.Ok(campaign with { Ended = true });
    }
}
