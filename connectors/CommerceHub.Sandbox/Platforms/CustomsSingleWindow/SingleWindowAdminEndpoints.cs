using CommerceHub.Sandbox.Core.Admin;

namespace CommerceHub.Sandbox.Platforms.CustomsSingleWindow;

/// <summary>
/// Operator controls under /__admin/customs: timing and outcome mix, a fixed outcome per copNo (or orderNo /
/// logisticsNo for orders and waybills). The clock moves with the shared /__admin/clock/advance.
/// </summary>
internal static class SingleWindowAdminEndpoints
{
    public static void Map(WebApplication app)
    {
        var admin = app.MapGroup(AdminEndpoints.Prefix + "/customs");
        admin.MapGet("/", (SingleWindowLedger ledger) => ledger.Overview());
        admin.MapGet("/settings", (SingleWindowLedger ledger) => ledger.Settings);
        admin.MapPut("/settings", (SingleWindowSettings settings, SingleWindowLedger ledger) =>
        {
            var problems = settings.Problems();
            if (problems.Count > 0)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid simulator settings", detail: string.Join("; ", problems));
            }

            ledger.Apply(settings);
            return Results.Ok(settings);
        });
        admin.MapPut("/outcomes/{key}", (string key, OutcomeOverride outcome, SingleWindowLedger ledger) =>
        {
            if (outcome.DetentionCode is not (null or "501" or "502" or "503" or "599"))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid detention code", detail: "DetentionCode must be 501, 502, 503 or 599.");
            }

            ledger.SetOutcome(key, outcome);
            return Results.Ok(new { key, outcome });
        });
        admin.MapDelete("/outcomes/{key}", (string key, SingleWindowLedger ledger) => ledger.ClearOutcome(key) ? Results.NoContent() : Results.NotFound());
    }
}
