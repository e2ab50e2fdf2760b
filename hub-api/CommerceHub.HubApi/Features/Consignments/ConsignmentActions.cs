using CommerceHub.HubApi.Contracts.Consignments;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using CommerceHub.Workflows.Instances;
using CommerceHub.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Consignments;

/// <summary>Corrected goods lines (all of them) for a rejected list, and a note for the timeline.</summary>
public sealed record ResubmitRequest(IReadOnlyList<ConsignmentLineInput>? Lines, string? Note);

public sealed record CancelRequest(string? Reason);

/// <summary>What staff and merchants do to a consignment's route: resubmit after a rejection, cancel, act on incidents.</summary>
public sealed class ConsignmentActions(HubDbContext db, ConsignmentReader reader, IWorkflowRuntime runtime, ICurrentUser user,
    ConsignmentEvents events, TimeProvider clock)
{
    public async Task ResubmitAsync(Guid id, ResubmitRequest request, CancellationToken ct)
    {
        var v = new Validation().Check(request.Note is null or { Length: <= 500 }, "note", "must be at most 500 characters.")
            .Check(request.Lines is null or { Count: >= 1 and <= 100 }, "lines", "must have 1 to 100 lines.");
        for (var i = 0; i < (request.Lines?.Count ?? 0); i++)
        {
            var line = request.Lines![i];
            v.Required(line.Sku, $"lines[{i}].sku", 64).Required(line.Name, $"lines[{i}].name", 250).Required(line.HsCode, $"lines[{i}].hsCode", 10)
                .Check(line.Quantity is >= 1 and <= 1_000_000, $"lines[{i}].quantity", "must be between 1 and 1,000,000.")
                .Check(line.UnitPriceCny is > 0 and < 100_000_000, $"lines[{i}].unitPriceCny", "must be positive.");
        }

        v.ThrowIfInvalid();
        var consignment = await TrackedAsync(id, ct);
        if (consignment.Stage != ConsignmentStage.Rejected || consignment.RouteInstanceId is not { } route)
        {
            throw new ConflictException($"Consignment {consignment.CopNo} is {consignment.Stage}; only a rejected list can be resubmitted.");
        }

        if (request.Lines is not null)
        {
            consignment.Lines = [.. request.Lines.Select(l => new ConsignmentLine(l.Sku!.Trim(), l.Name!.Trim(), l.HsCode!.Trim(), l.Quantity, l.UnitPriceCny, l.ItemRecordNo?.Trim()))];
        }

        consignment.UpdatedAt = clock.GetUtcNow();
        Note(consignment, "resubmit", $"Resubmitted by {user.Actor}" + (request.Note is { } note ? $": {note}" : "."));
        await db.SaveChangesAsync(ct);
        var delivered = await runtime.DeliverAsync(new Stimulus("resubmit", $"resubmit:{consignment.Id}", new { request.Note }), ct);
        if (delivered.Outcome != DeliveryOutcome.Resumed || delivered.InstanceId != route)
        {
            throw new ConflictException($"The route of {consignment.CopNo} is not waiting for a resubmission.");
        }
    }

    public async Task CancelAsync(Guid id, CancelRequest request, CancellationToken ct)
    {
        new Validation().Check(request.Reason is null or { Length: <= 500 }, "reason", "must be at most 500 characters.").ThrowIfInvalid();
        var consignment = await TrackedAsync(id, ct);
        if (consignment.RouteInstanceId is not { } route || consignment.Stage is ConsignmentStage.Delivered or ConsignmentStage.Cancelled
                or ConsignmentStage.Detained or ConsignmentStage.Returned or ConsignmentStage.Departed or ConsignmentStage.HandedOver)
        {
            throw new ConflictException($"Consignment {consignment.CopNo} is {consignment.Stage} and can no longer be cancelled.");
        }

        var reason = request.Reason ?? "cancelled";
        var previous = consignment.Stage;
        consignment.Stage = ConsignmentStage.Cancelled;
        consignment.UpdatedAt = clock.GetUtcNow();
        Note(consignment, "step", $"Cancelled by {user.Actor}: {reason}");
        await db.SaveChangesAsync(ct);
        try
        {
            await runtime.CancelAsync(route, reason, ct);
        }
        catch (WorkflowConflictException)
        {
            consignment.Stage = previous;
            db.ChangeTracker.Entries<ConsignmentTimelineRow>().ToList().ForEach(e => e.State = EntityState.Detached);
            await db.SaveChangesAsync(ct);
            throw;
        }
    }

    public async Task IncidentAsync(Guid id, Guid incidentId, string action, string? outcome, CancellationToken ct)
    {
        var consignment = await reader.FindAsync(id, ct);
        var incident = await db.Set<WorkflowIncident>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == incidentId && i.InstanceId == consignment.RouteInstanceId, ct)
            ?? throw new NotFoundException($"Consignment {consignment.CopNo} has no incident {incidentId}.");
        switch (action)
        {
            case "retry":
                await runtime.RetryAsync(incident.Id, ct);
                break;
            case "skip":
                await runtime.SkipAsync(incident.Id, outcome, ct);
                break;
            default:
                await CancelAsync(id, new CancelRequest($"incident at {incident.Step} cancelled"), ct);
                break;
        }

        await events.AnnounceAsync(consignment.Id, incident.Id, ct);
    }

    private async Task<Consignment> TrackedAsync(Guid id, CancellationToken ct)
    {
        var visible = await reader.FindAsync(id, ct);
        return await db.Set<Consignment>().IgnoreQueryFilters().FirstAsync(c => c.Id == visible.Id, ct);
    }

    private void Note(Consignment consignment, string kind, string text) => db.Add(new ConsignmentTimelineRow
    {
        ConsignmentId = consignment.Id, At = clock.GetUtcNow(), Kind = kind, Step = "operator", Text = text.Length > 2000 ? text[..2000] : text,
    });
}
