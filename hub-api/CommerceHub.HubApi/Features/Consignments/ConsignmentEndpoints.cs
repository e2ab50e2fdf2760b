using CommerceHub.HubApi.Contracts.Consignments;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Http;
using CommerceHub.Workflows.Definitions;
using CommerceHub.Workflows.Instances;
using CommerceHub.Workflows.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Consignments;

/// <summary>The consignment endpoints: create, list, detail, route graph, resubmit, cancel, incident actions, scans.</summary>
public static class ConsignmentEndpoints
{
    public sealed record ConsignmentFilter(string? Warehouse, string? Stage);

    public static async Task<Created<ConsignmentDetail>> Create(CreateConsignmentRequest request, CreateConsignment create, ConsignmentReader reader, CancellationToken ct)
    {
        var consignment = await create.HandleAsync(request, ct);
        return TypedResults.Created($"/api/consignments/{consignment.Id}", await reader.DetailAsync(consignment, ct));
    }

    public static async Task<Page<ConsignmentSummary>> List([AsParameters] ConsignmentFilter filter, [AsParameters] PageQuery page, ConsignmentReader reader,
        CancellationToken ct)
    {
        var stage = default(ConsignmentStage);
        new Validation()
            .Check(filter.Warehouse is null or { Length: <= 16 }, "warehouse", "must be at most 16 characters.")
            .Check(filter.Stage is null || (Enum.TryParse(filter.Stage, ignoreCase: true, out stage) && Enum.IsDefined(stage)), "stage",
                $"must be one of {string.Join(", ", Enum.GetNames<ConsignmentStage>())}.")
            .ThrowIfInvalid();
        var query = reader.Visible();
        if (filter.Warehouse is { } warehouse)
        {
            var code = warehouse.Trim().ToUpperInvariant();
            query = query.Where(c => c.WarehouseCode == code);
        }

        if (filter.Stage is not null)
        {
            query = query.Where(c => c.Stage == stage);
        }

        var rows = await query.OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id).ToPageAsync(page, ct);
        return new Page<ConsignmentSummary>(await reader.SummariesAsync(rows.Items, ct), rows.PageNumber, rows.PageSize, rows.Total);
    }

    public static async Task<ConsignmentDetail> Get(Guid id, ConsignmentReader reader, CancellationToken ct) =>
        await reader.DetailAsync(await reader.FindAsync(id, ct), ct);

    public static async Task<RouteGraph> Route(Guid id, ConsignmentReader reader, WorkflowRegistry registry, Infrastructure.Persistence.HubDbContext db,
        CancellationToken ct)
    {
        var consignment = await reader.FindAsync(id, ct);
        var instance = await db.Set<WorkflowInstance>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == consignment.RouteInstanceId, ct)
            ?? throw new NotFoundException($"Consignment {consignment.CopNo} has no route yet.");
        var definition = registry.Find(instance.Definition, instance.Version)
            ?? throw new ConflictException($"{instance.Definition} v{instance.Version} is not deployed on this node.");
        var visited = await db.Set<WorkflowLogEntry>().AsNoTracking().Where(l => l.InstanceId == instance.Id).OrderBy(l => l.Revision)
            .Select(l => l.Step).ToListAsync(ct);
        var current = instance.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled ? null : instance.CurrentStep;
        return new RouteGraph(definition.Name, definition.Version, definition.ToMermaid(), current,
            [.. visited.Where((s, i) => i == 0 || visited[i - 1] != s)]);
    }

    public static async Task<ConsignmentDetail> Resubmit(Guid id, ResubmitRequest request, ConsignmentActions actions, ConsignmentReader reader, CancellationToken ct)
    {
        await actions.ResubmitAsync(id, request, ct);
        return await Get(id, reader, ct);
    }

    public static async Task<ConsignmentDetail> Cancel(Guid id, [FromBody] CancelRequest? request, ConsignmentActions actions, ConsignmentReader reader,
        CancellationToken ct)
    {
        await actions.CancelAsync(id, request ?? new CancelRequest(null), ct);
        return await Get(id, reader, ct);
    }

    public static async Task<ConsignmentDetail> Incident(Guid id, Guid incidentId, string action, string? outcome, ConsignmentActions actions,
        ConsignmentReader reader, CancellationToken ct)
    {
        if (action is not ("retry" or "skip" or "cancel"))
        {
            throw new NotFoundException($"No incident action '{action}'; use retry, skip or cancel.");
        }

        await actions.IncidentAsync(id, incidentId, action, outcome, ct);
        return await Get(id, reader, ct);
    }

    public static Task<ScanResult> Scan(ScanRequest request, ScanCommand scans, CancellationToken ct) => scans.HandleAsync(request, ct);
}
