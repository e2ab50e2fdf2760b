using CommerceHub.HubApi.Contracts.Consignments;

namespace CommerceHub.LiveConsole.Localization;

/// <summary>
/// The warehouse board's texts in one language. The lookups (stages, stations, scan outcomes, timeline kinds, customs
/// codes) are checked complete for every language by a test; the rest are required members, as in <see cref="UiText"/>.
/// </summary>
public sealed record BoardText
{
    public required string Title { get; init; }
    public required string ChooseWarehouse { get; init; }
    public required string NoConsignments { get; init; }
    public required string ScanLabel { get; init; }
    public required string ScanPlaceholder { get; init; }
    public required string Station { get; init; }
    public required string LoadRef { get; init; }
    public required string LoadRefNeeded { get; init; }
    public required string Submit { get; init; }
    public required string Parcel { get; init; }
    public required string CopNo { get; init; }
    public required string OrderNo { get; init; }
    public required string Destination { get; init; }
    public required string Mode { get; init; }
    public required string Step { get; init; }
    public required string SlaDue { get; init; }
    public required string Incidents { get; init; }
    public required string NoIncidents { get; init; }
    public required string Retry { get; init; }
    public required string Skip { get; init; }
    public required string CancelIncident { get; init; }
    public required string Resubmit { get; init; }
    public required string CancelConsignment { get; init; }
    public required string Timeline { get; init; }
    public required string Receipts { get; init; }
    public required string NoReceipts { get; init; }
    public required string ModeReasons { get; init; }
    public required string Route { get; init; }
    public required string Goods { get; init; }
    public required string Label { get; init; }
    public required string Print { get; init; }
    public required string Close { get; init; }
    public required string Resolved { get; init; }
    public required IReadOnlyDictionary<ConsignmentStage, string> Stages { get; init; }
    public required IReadOnlyDictionary<string, string> Stations { get; init; }

    /// <summary>The headline of a scan's outcome (resumed, duplicate, parked, unknown); the hub's message follows it.</summary>
    public required IReadOnlyDictionary<string, string> ScanOutcomes { get; init; }

    /// <summary>Timeline entry kinds: scan, customs-sent, receipt, step, incident, sla, compensation.</summary>
    public required IReadOnlyDictionary<string, string> Kinds { get; init; }

    /// <summary>China Customs return statuses in words; the hub's own wording is shown for any code not here.</summary>
    public required IReadOnlyDictionary<string, string> ReceiptCodes { get; init; }

    public string StageName(ConsignmentStage stage) => Stages.GetValueOrDefault(stage) ?? stage.ToString();

    public string StationName(string station) => Stations.GetValueOrDefault(station) ?? station;

    public string KindName(string kind) => Kinds.GetValueOrDefault(kind) ?? kind;

    public string ReceiptMeaning(string code, string hubMeaning) => ReceiptCodes.GetValueOrDefault(code) ?? hubMeaning;
}
