namespace CommerceHub.HubApi.Contracts.Consignments;

/// <summary>
/// The methods the warehouse board may call on the hub (<see cref="WarehouseGroups.HubPath"/>). Callers need the
/// Warehouse or MerchantAdmin role (their merchant's consignments) or Operator (every merchant's).
/// </summary>
public interface IWarehouseHub
{
    /// <summary>Adds the connection to the warehouse's group and returns the board's current state.</summary>
    Task<WarehouseBoardState> JoinWarehouse(string warehouseCode);

    /// <summary>Removes the connection from the warehouse's group.</summary>
    Task LeaveWarehouse(string warehouseCode);

    /// <summary>The same as <c>POST /api/scans</c>, for the board's scan box.</summary>
    Task<ScanResult> Scan(ScanRequest request);
}

/// <summary>What the hub pushes to a board.</summary>
public interface IWarehouseClient
{
    /// <summary>A consignment moved (new stage, receipt, scan…); <paramref name="entry"/> is the timeline line that moved it.</summary>
    Task ConsignmentChanged(ConsignmentSummary consignment, TimelineEntry? entry);

    /// <summary>An incident was raised or resolved.</summary>
    Task IncidentChanged(IncidentView incident);
}

/// <summary>The board's state when it joins a warehouse.</summary>
public sealed record WarehouseBoardState(string WarehouseCode, IReadOnlyList<ConsignmentSummary> Consignments, IReadOnlyList<IncidentView> OpenIncidents);

/// <summary>
/// A consignment change, published on the Redis channel <see cref="Channel"/> as JSON so that boards on every hub node
/// see a receipt processed on any node.
/// </summary>
public sealed record ConsignmentEvent(ConsignmentSummary Consignment, TimelineEntry? Entry, IncidentView? Incident)
{
    /// <summary>The Redis channel the events travel on.</summary>
    public const string Channel = "ch:events:consignments";
}

/// <summary>SignalR names shared by the hub and the board.</summary>
public static class WarehouseGroups
{
    /// <summary>The hub's endpoint path.</summary>
    public const string HubPath = "/hubs/warehouse";

    /// <summary>One merchant's consignments through one warehouse.</summary>
    public static string Merchant(Guid merchantId, string warehouseCode) => $"wh:{warehouseCode}:{merchantId:N}";

    /// <summary>Every merchant's consignments through one warehouse (operators).</summary>
    public static string AllMerchants(string warehouseCode) => $"wh:{warehouseCode}:*";
}
