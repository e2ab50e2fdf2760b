namespace CommerceHub.HubApi.Contracts.Consignments;

/// <summary>Where a consignment stands, as staff see it on the board.</summary>
public enum ConsignmentStage
{
    /// <summary>Routed and waiting for its inbound scan at the border warehouse.</summary>
    AwaitingInbound,

    /// <summary>Scanned in; being picked and packed, label printed.</summary>
    InWarehouse,

    /// <summary>Customs messages sent; waiting for the single window's receipts.</summary>
    Declaring,

    /// <summary>Customs refused the declaration (100); the merchant must fix and resubmit.</summary>
    Rejected,

    /// <summary>Customs reviews it by hand (300).</summary>
    ManualReview,

    /// <summary>Customs wants to inspect the goods (500); a warehouse task is open.</summary>
    Inspection,

    /// <summary>Released by customs (800, or 399 then 800); ready to load.</summary>
    Released,

    /// <summary>Consolidated into a border-crossing load (truck, container, rail wagon).</summary>
    Loaded,

    /// <summary>The load left the border.</summary>
    Departed,

    /// <summary>Handed over to the foreign carrier.</summary>
    HandedOver,

    /// <summary>Delivered to the buyer or the overseas warehouse (route finished).</summary>
    Delivered,

    /// <summary>Held by customs (501–503, 599); compensated.</summary>
    Detained,

    /// <summary>Returned (700); compensated.</summary>
    Returned,

    /// <summary>Does not qualify for a cross-border mode; a broker files a full customs declaration.</summary>
    BrokerDeclaration,

    /// <summary>Cancelled by staff or the merchant; compensated.</summary>
    Cancelled,
}

/// <summary>One consignment in a list or on the board.</summary>
/// <param name="Id">The hub's consignment id.</param>
/// <param name="MerchantId">The merchant that ships.</param>
/// <param name="CopNo">The enterprise's list number; receipts come back with it.</param>
/// <param name="ParcelNo">The logistics number printed on the label and scanned at each station.</param>
/// <param name="WarehouseCode">The border warehouse it leaves through, e.g. PXG.</param>
/// <param name="DestinationCountry">ISO 3166 alpha-2 country of arrival, e.g. VN.</param>
/// <param name="TransportMode">road, rail, air, sea or post.</param>
/// <param name="Mode">9610, 9710, 9810, 1210, or "broker".</param>
/// <param name="Stage">Where it stands.</param>
/// <param name="SubStatus">The route's sub-status in words ("waiting for receipt", "incident at declare").</param>
/// <param name="CurrentStep">The route step it is at.</param>
/// <param name="OpenIncidents">Incidents waiting for an operator.</param>
/// <param name="SlaDueAt">When the current wait escalates, if it has a deadline.</param>
/// <param name="UpdatedAt">Last change.</param>
public sealed record ConsignmentSummary(
    Guid Id,
    Guid MerchantId,
    string CopNo,
    string ParcelNo,
    string WarehouseCode,
    string DestinationCountry,
    string TransportMode,
    string Mode,
    ConsignmentStage Stage,
    string SubStatus,
    string CurrentStep,
    int OpenIncidents,
    DateTimeOffset? SlaDueAt,
    DateTimeOffset UpdatedAt);

/// <summary>One line of goods on a consignment.</summary>
public sealed record ConsignmentLineView(string Sku, string Name, string HsCode, int Quantity, decimal UnitPriceCny);

/// <summary>One event in a consignment's life: a scan, a customs message sent, a receipt, a step, an incident, an SLA escalation.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Kind">scan, customs-sent, receipt, step, incident, sla, compensation.</param>
/// <param name="Step">The route step concerned.</param>
/// <param name="Text">What happened, readable by staff.</param>
public sealed record TimelineEntry(DateTimeOffset At, string Kind, string Step, string Text);

/// <summary>A customs receipt as received from the single window.</summary>
/// <param name="At">When the hub received it.</param>
/// <param name="MessageType">CEB304, CEB506, CEB604…</param>
/// <param name="ReturnStatus">The customs code: 120, 100, 300, 399, 500, 800, 899, 501–503, 599, 700.</param>
/// <param name="Meaning">The code in words.</param>
/// <param name="Info">The single window's returnInfo text.</param>
/// <param name="Guid">The receipt's message guid.</param>
public sealed record CustomsReceiptView(DateTimeOffset At, string MessageType, string ReturnStatus, string Meaning, string? Info, string Guid);

/// <summary>A faulted route step (or an SLA escalation) waiting for an operator to retry, skip or cancel.</summary>
public sealed record IncidentView(Guid Id, Guid InstanceId, Guid? ConsignmentId, string Step, string Error, DateTimeOffset At, bool Open);

/// <summary>Everything about one consignment: the board's detail pane.</summary>
/// <param name="Summary">The list view.</param>
/// <param name="OrderNo">The order it fulfils (platform order id, or the B2B order / booking number).</param>
/// <param name="LoadRef">The border-crossing load it travels in, once loaded.</param>
/// <param name="Lines">The goods.</param>
/// <param name="ModeReasons">Why this mode (or why a broker), in the rules' words.</param>
/// <param name="Timeline">Oldest first.</param>
/// <param name="Receipts">Customs receipts, oldest first.</param>
/// <param name="Incidents">Open and resolved incidents.</param>
/// <param name="WorkflowInstanceId">The route instance.</param>
public sealed record ConsignmentDetail(
    ConsignmentSummary Summary,
    string OrderNo,
    string? LoadRef,
    IReadOnlyList<ConsignmentLineView> Lines,
    IReadOnlyList<string> ModeReasons,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<CustomsReceiptView> Receipts,
    IReadOnlyList<IncidentView> Incidents,
    Guid WorkflowInstanceId);

/// <summary>A consignment's route, for staff to see where it is.</summary>
/// <param name="Definition">The route definition's name, e.g. consignment-9610.</param>
/// <param name="Version">The version the instance runs.</param>
/// <param name="Mermaid">The route as a Mermaid stateDiagram-v2.</param>
/// <param name="CurrentStep">Where the instance is.</param>
/// <param name="VisitedSteps">Steps done so far, in order.</param>
public sealed record RouteGraph(string Definition, int Version, string Mermaid, string? CurrentStep, IReadOnlyList<string> VisitedSteps);
