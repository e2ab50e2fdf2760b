using CommerceHub.HubApi.Contracts.Consignments;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.Workflows.Activities;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Consignments.Routes;

/// <summary>The variables a consignment route starts with; every step reads the consignment by its id.</summary>
public sealed record RouteInput(Guid ConsignmentId, string CopNo, string ParcelNo);

/// <summary>What a scan hands to the step waiting for it.</summary>
public sealed record ScanStimulus(string Station, string? LoadRef, string Actor);

/// <summary>What a customs receipt hands to the step waiting for it.</summary>
public sealed record ReceiptStimulus(string MessageType, string Status, string? Info, DateTimeOffset? Time);

/// <summary>
/// Reading and changing the consignment from a step. Steps run in jobs without a signed-in merchant, so they read
/// past the tenant filter; what they add goes into the runtime's DbContext and is saved with the transition.
/// </summary>
internal static class RouteSteps
{
    public static async Task<Consignment> LoadAsync(ActivityContext context, Guid id, CancellationToken ct)
    {
        var db = context.Services.GetRequiredService<HubDbContext>();
        return await db.Set<Consignment>().IgnoreQueryFilters().FirstOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new InvalidOperationException($"Consignment {id} no longer exists.");
    }

    public static void Note(ActivityContext context, Consignment consignment, string kind, string text, ConsignmentStage? stage = null)
    {
        var now = context.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (stage is { } s)
        {
            consignment.Stage = s;
        }

        consignment.UpdatedAt = now;
        context.Services.GetRequiredService<HubDbContext>().Add(new ConsignmentTimelineRow
        {
            ConsignmentId = consignment.Id, At = now, Kind = kind, Step = context.Step, Text = text.Length > 2000 ? text[..2000] : text,
        });
    }
}
