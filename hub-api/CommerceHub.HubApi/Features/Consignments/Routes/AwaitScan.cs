using CommerceHub.Customs.Messages;
using CommerceHub.HubApi.Contracts.Consignments;
using CommerceHub.Inventory.Ledger;
using CommerceHub.Workflows.Activities;
using Microsoft.Extensions.Options;

namespace CommerceHub.HubApi.Features.Consignments.Routes;

/// <summary>
/// Waits for the parcel's scan at the station the step is named after (inbound, pack, inspection, load, depart,
/// handover, deliver). The load scan ties the parcel to its truck, container or wagon (CEB607); the depart scan
/// reports the load leaving (CEB509) and settles the reserved stock, after which customs closes the list.
/// </summary>
public sealed class AwaitScan(SingleWindowClient window, StockLedger ledger, IOptions<CustomsOptions> options, TimeProvider clock) : Activity<RouteInput, NoOutput>
{
    /// <summary>The stage a consignment shows while it waits at each station.</summary>
    private static readonly Dictionary<string, ConsignmentStage> WaitingStage = new(StringComparer.Ordinal)
    {
        [ScanStations.Inbound] = ConsignmentStage.AwaitingInbound,
        [ScanStations.Pack] = ConsignmentStage.InWarehouse,
        [ScanStations.Inspection] = ConsignmentStage.Inspection,
        [ScanStations.Load] = ConsignmentStage.Released,
        [ScanStations.Depart] = ConsignmentStage.Loaded,
        [ScanStations.Handover] = ConsignmentStage.Departed,
        [ScanStations.Deliver] = ConsignmentStage.HandedOver,
    };

    public static string Key(string parcelNo, string station) => $"scan:{parcelNo}:{station}";

    protected override async ValueTask<ActivityResult> ExecuteAsync(RouteInput input, ActivityContext context, CancellationToken ct)
    {
        var station = context.Step;
        var consignment = await RouteSteps.LoadAsync(context, input.ConsignmentId, ct);
        if (context.Stimulus is null)
        {
            RouteSteps.Note(context, consignment, "step", $"Waiting for the {station} scan.", WaitingStage[station]);
            return ActivityResult.Wait("scan", Key(input.ParcelNo, station));
        }

        var scan = context.Stimulus.PayloadAs<ScanStimulus>() ?? new ScanStimulus(station, null, "scanner");
        switch (station)
        {
            case ScanStations.Pack:
                RouteSteps.Note(context, consignment, "scan", $"Packed by {scan.Actor}; label printed with QR {ScanPayloads.ForParcel(consignment.CopNo, consignment.ParcelNo)}.");
                break;
            case ScanStations.Load:
                consignment.LoadRef = scan.LoadRef;
                await window.SendAsync(CebMessages.LoadWayBill(Load(consignment), window.Sender, clock.GetUtcNow()), context.ExecutionId, ct);
                RouteSteps.Note(context, consignment, "scan", $"Loaded into {scan.LoadRef} by {scan.Actor}; CEB607 sent." + LoadNote(consignment), ConsignmentStage.Loaded);
                break;
            case ScanStations.Depart:
                await window.SendAsync(CebMessages.Departure(Load(consignment), clock.GetUtcNow(), window.Sender, clock.GetUtcNow()), context.ExecutionId, ct);
                if (consignment.OrderId is null)
                {
                    // The goods left the warehouse: the consignment's own reservation is settled (an order's is settled by its shipment).
                    var reservation = ReserveStock.ReservationId(consignment);
                    await ledger.CommitAsync(consignment.MerchantId, reservation, idempotencyKey: reservation + ":depart", cancellationToken: ct);
                }

                RouteSteps.Note(context, consignment, "scan", $"Load {consignment.LoadRef} departed; CEB509 sent.", ConsignmentStage.Departed);
                break;
            case ScanStations.Deliver:
                RouteSteps.Note(context, consignment, "scan", "Delivered.", ConsignmentStage.Delivered);
                break;
            default:
                RouteSteps.Note(context, consignment, "scan", $"Scanned at {station} by {scan.Actor}.");
                break;
        }

        return Done(NoOutput.Value);
    }

    /// <summary>What crossing this load needs beyond the messages, in the staff's words.</summary>
    private static string LoadNote(Consignment c) => (c.WarehouseCode, c.TransportMode) switch
    {
        ("HKO", "rail") => " Rail cargo changes from standard to metre gauge at Hekou North.",
        ("HRG", "road") => " Road transit under a TIR carnet.",
        ("ERN", "rail") or ("HRG", "rail") => " Bogie exchange or transshipment to 1,520 mm gauge.",
        _ => "",
    };

    /// <summary>The load message for this parcel; its copNo is the list's with the load prefix, so its receipts map back.</summary>
    private BorderLoad Load(Consignment c)
    {
        var o = options.Value;
        return new BorderLoad
        {
            CopNo = LoadCopNo(c.CopNo),
            CustomsCode = c.CustomsCode,
            TransportMode = ConsignmentRouting.TrafModes.GetValueOrDefault(c.TransportMode, "4"),
            TransportName = c.LoadRef ?? "UNASSIGNED",
            VoyageNo = c.LoadRef ?? "UNASSIGNED",
            BillNo = c.LoadRef ?? "UNASSIGNED",
            GrossWeightKg = c.GrossWeightKg,
            Logistics = new(o.LogisticsCode, o.LogisticsName),
            Agent = new(o.AgentCode, o.AgentName),
            Parcels = [new LoadParcel(c.ParcelNo, c.LoadRef, c.InvtNo)],
        };
    }

    public const string LoadPrefix = "LD";

    public static string LoadCopNo(string copNo) => LoadPrefix + copNo;
}
