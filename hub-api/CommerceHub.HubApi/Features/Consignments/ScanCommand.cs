using CommerceHub.HubApi.Contracts.Consignments;
using CommerceHub.HubApi.Features.Consignments.Routes;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using CommerceHub.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Consignments;

/// <summary>
/// A scanner reading: finds the parcel the payload names (among the caller's consignments) and resumes the route's
/// wait for that station. A scan that arrives before the route reaches the station is parked until it does; a repeated
/// upload with the same ScanId, or a second reading at a station the parcel has passed, is a duplicate.
/// </summary>
public sealed class ScanCommand(ConsignmentReader reader, IWorkflowRuntime runtime, ICurrentUser user)
{
    public async Task<ScanResult> HandleAsync(ScanRequest request, CancellationToken ct)
    {
        var v = new Validation().Required(request.WarehouseCode, "warehouseCode", 16).Required(request.Payload, "payload", 200)
            .Check(ScanStations.All.Contains(request.Station ?? ""), "station", $"must be one of {string.Join(", ", ScanStations.All)}.")
            .Check(request.ScanId is null or { Length: >= 1 and <= 100 }, "scanId", "must be 1 to 100 characters.");
        v.Check(request.Station != ScanStations.Load || !string.IsNullOrWhiteSpace(request.LoadRef), "loadRef", "is required for a load scan (the truck, container or wagon).")
            .Check(request.LoadRef is null or { Length: <= 37 }, "loadRef", "must be at most 37 characters.");
        v.ThrowIfInvalid();
        if (!ScanPayloads.TryReadParcel(request.Payload, out var parcelNo))
        {
            return new ScanResult("unknown", null, null, "The code is neither a parcel label nor a parcel number.");
        }

        var warehouse = request.WarehouseCode.Trim().ToUpperInvariant();
        var consignment = await reader.Visible().FirstOrDefaultAsync(c => c.ParcelNo == parcelNo, ct);
        if (consignment is null)
        {
            return new ScanResult("unknown", null, parcelNo, $"No consignment with parcel {parcelNo}.");
        }

        if (consignment.WarehouseCode != warehouse)
        {
            return new ScanResult("unknown", consignment.Id, parcelNo, $"Parcel {parcelNo} goes through {consignment.WarehouseCode}, not {warehouse}.");
        }

        var station = request.Station!; // validated above
        if (await reader.AlreadyScannedAsync(consignment, station, ct))
        {
            return new ScanResult("duplicate", consignment.Id, parcelNo, $"{parcelNo} was already scanned at {station}.");
        }

        var stimulus = new Stimulus("scan", AwaitScan.Key(parcelNo, station), new ScanStimulus(station, request.LoadRef?.Trim(), user.Actor),
            request.ScanId is null ? null : $"scan:{request.ScanId}");
        var delivered = await runtime.DeliverAsync(stimulus, ct);
        return delivered.Outcome switch
        {
            DeliveryOutcome.Resumed => new ScanResult("resumed", consignment.Id, parcelNo, $"{parcelNo}: {station} recorded."),
            DeliveryOutcome.Duplicate => new ScanResult("duplicate", consignment.Id, parcelNo, $"{parcelNo}: this scan was already recorded."),
            _ => new ScanResult("parked", consignment.Id, parcelNo, $"{parcelNo} is not at {station} yet ({consignment.Stage}); the scan is kept until it is."),
        };
    }
}
