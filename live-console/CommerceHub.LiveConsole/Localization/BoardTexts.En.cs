using CommerceHub.HubApi.Contracts.Consignments;

namespace CommerceHub.LiveConsole.Localization;

public static partial class BoardTexts
{
    public static BoardText En => field ??= new()
    {
        Title = "Warehouse board", ChooseWarehouse = "Choose a warehouse", NoConsignments = "No consignments here yet.",
        ScanLabel = "Scan", ScanPlaceholder = "Scan a label or type a parcel number", Station = "Station",
        LoadRef = "Load (truck, container, wagon)", LoadRefNeeded = "A load scan needs the load reference.", Submit = "Send",
        Parcel = "Parcel", CopNo = "List no.", OrderNo = "Order",
        Destination = "Destination", Mode = "Customs mode", Step = "Step",
        SlaDue = "Due", Incidents = "Incidents", NoIncidents = "No open incidents.",
        Retry = "Retry", Skip = "Skip", CancelIncident = "Cancel route",
        Resubmit = "Resubmit", CancelConsignment = "Cancel consignment", Timeline = "Timeline",
        Receipts = "Customs receipts", NoReceipts = "No receipts yet.", ModeReasons = "Why this mode",
        Route = "Route", Goods = "Goods", Label = "Label",
        Print = "Print", Close = "Close", Resolved = "Resolved",
        Stages = new Dictionary<ConsignmentStage, string>
        {
            [ConsignmentStage.AwaitingInbound] = "Awaiting inbound",
            [ConsignmentStage.InWarehouse] = "In warehouse",
            [ConsignmentStage.Declaring] = "Declaring",
            [ConsignmentStage.Rejected] = "Rejected",
            [ConsignmentStage.ManualReview] = "Manual review",
            [ConsignmentStage.Inspection] = "Inspection",
            [ConsignmentStage.Released] = "Released",
            [ConsignmentStage.Loaded] = "Loaded",
            [ConsignmentStage.Departed] = "Departed",
            [ConsignmentStage.HandedOver] = "Handed over",
            [ConsignmentStage.Delivered] = "Delivered",
            [ConsignmentStage.Detained] = "Detained",
            [ConsignmentStage.Returned] = "Returned",
            [ConsignmentStage.BrokerDeclaration] = "Broker declaration",
            [ConsignmentStage.Cancelled] = "Cancelled",
        },
        Stations = new Dictionary<string, string>
        {
            [ScanStations.Inbound] = "Inbound",
            [ScanStations.Pack] = "Pack & label",
            [ScanStations.Inspection] = "Inspection",
            [ScanStations.Load] = "Load",
            [ScanStations.Depart] = "Departure",
            [ScanStations.Handover] = "Handover",
            [ScanStations.Deliver] = "Delivery",
        },
        ScanOutcomes = new Dictionary<string, string>
        {
            ["resumed"] = "Done: the route moved on",
            ["duplicate"] = "Already scanned: nothing changed",
            ["parked"] = "Noted: it counts when the route reaches this station",
            ["unknown"] = "Unknown parcel",
        },
        Kinds = new Dictionary<string, string>
        {
            ["scan"] = "Scan",
            ["customs-sent"] = "Sent to customs",
            ["receipt"] = "Customs receipt",
            ["step"] = "Step",
            ["incident"] = "Incident",
            ["sla"] = "Deadline",
            ["compensation"] = "Undo",
        },
        ReceiptCodes = new Dictionary<string, string>
        {
            ["120"] = "Accepted by customs",
            ["100"] = "Rejected by customs",
            ["300"] = "Manual review",
            ["399"] = "Approved",
            ["500"] = "Inspection",
            ["501"] = "Detained: sent to clearance",
            ["502"] = "Detained: sent to anti-smuggling",
            ["503"] = "Detained: sent to legal affairs",
            ["599"] = "Detained: other",
            ["700"] = "Returned",
            ["800"] = "Released",
            ["899"] = "Closed",
        },
    };
}
