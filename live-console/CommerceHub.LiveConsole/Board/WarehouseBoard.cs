using CommerceHub.HubApi.Contracts.Consignments;

namespace CommerceHub.LiveConsole.Board;

/// <summary>
/// What one board shows of a warehouse, folded from the hub's messages. Not thread-safe: the page applies every
/// message on its render thread (ComponentBase.InvokeAsync).
/// </summary>
public sealed class WarehouseBoard(string warehouseCode)
{
    private readonly Dictionary<Guid, ConsignmentSummary> _consignments = [];
    private readonly Dictionary<Guid, IncidentView> _incidents = [];

    public string WarehouseCode { get; } = warehouseCode;

    /// <summary>Raised after a change to one consignment (or one of its incidents), so an open detail pane can reload.</summary>
    public Guid? LastChanged { get; private set; }

    public int Count => _consignments.Count;

    /// <summary>Every stage that has consignments, in route order, each with its consignments most recently changed first.</summary>
    public IReadOnlyList<StageColumn> Columns =>
        _consignments.Values
            .GroupBy(c => c.Stage)
            .OrderBy(g => g.Key)
            .Select(g => new StageColumn(g.Key, g.OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.ParcelNo, StringComparer.Ordinal).ToList()))
            .ToList();

    public IReadOnlyList<IncidentView> OpenIncidents => _incidents.Values.Where(i => i.Open).OrderBy(i => i.At).ToList();

    public ConsignmentSummary? Find(Guid id) => _consignments.GetValueOrDefault(id);

    public ConsignmentSummary? FindParcel(string parcelNo) =>
        _consignments.Values.FirstOrDefault(c => string.Equals(c.ParcelNo, parcelNo, StringComparison.OrdinalIgnoreCase));

    /// <summary>The state on joining (or re-joining after a reconnect) replaces everything known.</summary>
    public void Apply(WarehouseBoardState state)
    {
        _consignments.Clear();
        _incidents.Clear();
        foreach (var consignment in state.Consignments.Where(Here))
        {
            _consignments[consignment.Id] = consignment;
        }

        foreach (var incident in state.OpenIncidents)
        {
            _incidents[incident.Id] = incident;
        }
    }

    /// <summary>A change; an older reading than the one shown (messages may cross a reconnect) is ignored.</summary>
    public void Apply(ConsignmentSummary consignment)
    {
        if (!Here(consignment)
            || (_consignments.TryGetValue(consignment.Id, out var known) && known.UpdatedAt > consignment.UpdatedAt))
        {
            return;
        }

        _consignments[consignment.Id] = consignment;
        LastChanged = consignment.Id;
    }

    public void Apply(IncidentView incident)
    {
        _incidents[incident.Id] = incident;
        if (incident.ConsignmentId is { } id)
        {
            LastChanged = id;
        }
    }

    private bool Here(ConsignmentSummary consignment) =>
        string.Equals(consignment.WarehouseCode, WarehouseCode, StringComparison.OrdinalIgnoreCase);
}

/// <summary>One stage of the board with its consignments.</summary>
public sealed record StageColumn(ConsignmentStage Stage, IReadOnlyList<ConsignmentSummary> Consignments);
