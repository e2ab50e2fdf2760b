using CommerceHub.HubApi.Contracts.Consignments;
using CommerceHub.HubApi.Infrastructure.Auth;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using CommerceHub.Workflows.Instances;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Consignments;

/// <summary>
/// Builds the board's views from the consignment rows and their route instances. Merchant users see their merchant's
/// consignments (the tenant filter); operators see every merchant's.
/// </summary>
public sealed class ConsignmentReader(HubDbContext db, ICurrentUser user)
{
    public IQueryable<Consignment> Visible() =>
        user.Role == HubRole.Operator ? db.Set<Consignment>().IgnoreQueryFilters().AsNoTracking() : db.Set<Consignment>().AsNoTracking();

    /// <summary>Every consignment regardless of the caller, for the route's own announcements.</summary>
    public IQueryable<Consignment> All() => db.Set<Consignment>().IgnoreQueryFilters().AsNoTracking();

    public async Task<Consignment> FindAsync(Guid id, CancellationToken ct) =>
        await Visible().FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException($"Consignment {id} does not exist.");

    /// <summary>
    /// True when the parcel was already scanned at <paramref name="station"/> and its route is not waiting there now:
    /// a scanner reading the same label twice, which must not be parked as a scan for later.
    /// </summary>
    public async Task<bool> AlreadyScannedAsync(Consignment consignment, string station, CancellationToken ct)
    {
        var waitingAt = await db.Set<WorkflowInstance>().AsNoTracking().Where(i => i.Id == consignment.RouteInstanceId)
            .Select(i => i.CurrentStep).FirstOrDefaultAsync(ct);
        return waitingAt != station && await db.Set<ConsignmentTimelineRow>().AsNoTracking()
            .AnyAsync(t => t.ConsignmentId == consignment.Id && t.Kind == "scan" && t.Step == station, ct);
    }

    public async Task<IReadOnlyList<ConsignmentSummary>> SummariesAsync(IReadOnlyList<Consignment> consignments, CancellationToken ct)
    {
        var routes = consignments.Select(c => c.RouteInstanceId).OfType<Guid>().ToList();
        var instances = await db.Set<WorkflowInstance>().AsNoTracking().Where(i => routes.Contains(i.Id))
            .Select(i => new { i.Id, i.SubStatus, i.CurrentStep }).ToDictionaryAsync(i => i.Id, ct);
        var incidents = await db.Set<WorkflowIncident>().AsNoTracking().Where(i => routes.Contains(i.InstanceId) && i.ResolvedAt == null)
            .GroupBy(i => i.InstanceId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var due = await db.Set<WorkflowBookmark>().AsNoTracking().Where(b => routes.Contains(b.InstanceId) && b.DueAt != null)
            .Select(b => new { b.InstanceId, b.DueAt }).ToListAsync(ct);
        return [.. consignments.Select(c =>
        {
            var route = c.RouteInstanceId ?? Guid.Empty;
            var instance = instances.GetValueOrDefault(route);
            return new ConsignmentSummary(c.Id, c.MerchantId, c.CopNo, c.ParcelNo, c.WarehouseCode, c.DestinationCountry, c.TransportMode, c.Mode,
                c.Stage, instance?.SubStatus ?? "", instance?.CurrentStep ?? "", incidents.GetValueOrDefault(route),
                due.FirstOrDefault(d => d.InstanceId == route)?.DueAt, c.UpdatedAt);
        })];
    }

    public async Task<ConsignmentSummary> SummaryAsync(Consignment consignment, CancellationToken ct) =>
        (await SummariesAsync([consignment], ct))[0];

    public async Task<ConsignmentDetail> DetailAsync(Consignment c, CancellationToken ct)
    {
        var timeline = await db.Set<ConsignmentTimelineRow>().AsNoTracking().Where(t => t.ConsignmentId == c.Id).OrderBy(t => t.At).ThenBy(t => t.Id)
            .Select(t => new TimelineEntry(t.At, t.Kind, t.Step, t.Text)).ToListAsync(ct);
        var receipts = await db.Set<ConsignmentReceiptRow>().AsNoTracking().Where(r => r.ConsignmentId == c.Id).OrderBy(r => r.At).ThenBy(r => r.Id)
            .Select(r => new CustomsReceiptView(r.At, r.MessageType, r.ReturnStatus, r.Meaning, r.Info, r.ReceiptId)).ToListAsync(ct);
        var incidents = await IncidentsAsync(c.RouteInstanceId, ct);
        return new ConsignmentDetail(await SummaryAsync(c, ct), c.OrderNo, c.LoadRef,
            [.. c.Lines.Select(l => new ConsignmentLineView(l.Sku, l.Name, l.HsCode, l.Quantity, l.UnitPriceCny))], c.ModeReasons, timeline, receipts,
            incidents, c.RouteInstanceId ?? Guid.Empty);
    }

    public async Task<IReadOnlyList<IncidentView>> IncidentsAsync(Guid? route, CancellationToken ct)
    {
        if (route is not { } id)
        {
            return [];
        }

        var consignmentId = await All().Where(c => c.RouteInstanceId == id).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        return await db.Set<WorkflowIncident>().AsNoTracking().Where(i => i.InstanceId == id).OrderBy(i => i.OccurredAt)
            .Select(i => new IncidentView(i.Id, i.InstanceId, consignmentId, i.Step, i.Message, i.OccurredAt, i.ResolvedAt == null)).ToListAsync(ct);
    }

    /// <summary>The board of one warehouse: the caller's consignments there (not yet delivered first) and their open incidents.</summary>
    public async Task<WarehouseBoardState> BoardAsync(string warehouseCode, CancellationToken ct)
    {
        var rows = await Visible().Where(c => c.WarehouseCode == warehouseCode).OrderByDescending(c => c.UpdatedAt).Take(500).ToListAsync(ct);
        var summaries = await SummariesAsync(rows, ct);
        var open = new List<IncidentView>();
        foreach (var c in rows.Where(r => summaries.Any(s => s.Id == r.Id && s.OpenIncidents > 0)))
        {
            open.AddRange((await IncidentsAsync(c.RouteInstanceId, ct)).Where(i => i.Open));
        }

        return new WarehouseBoardState(warehouseCode, summaries, open);
    }
}
