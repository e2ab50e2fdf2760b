using CommerceHub.HubApi.Contracts.Consignments;

namespace CommerceHub.LiveConsole.Hub;

/// <summary>The consignment and warehouse endpoints the warehouse board uses.</summary>
public sealed partial class HubApiClient
{
    public async Task<IReadOnlyList<WarehouseRow>> ListWarehousesAsync(CancellationToken ct) =>
        await SendAsync<List<WarehouseRow>>(HttpMethod.Get, "/api/warehouses", null, ct);

    public Task<ConsignmentDetail> GetConsignmentAsync(Guid id, CancellationToken ct) =>
        SendAsync<ConsignmentDetail>(HttpMethod.Get, $"/api/consignments/{id}", null, ct);

    public Task<RouteGraph> GetRouteAsync(Guid id, CancellationToken ct) =>
        SendAsync<RouteGraph>(HttpMethod.Get, $"/api/consignments/{id}/route", null, ct);

    /// <summary>An operator's answer to an incident: retry, skip or cancel.</summary>
    public Task ResolveIncidentAsync(Guid consignmentId, Guid incidentId, IncidentAction action, CancellationToken ct) =>
        PostAsync($"/api/consignments/{consignmentId}/incidents/{incidentId}/{action.ToString().ToLowerInvariant()}", ct);

    public Task ResubmitAsync(Guid consignmentId, CancellationToken ct) => PostAsync($"/api/consignments/{consignmentId}/resubmit", ct);

    public Task CancelAsync(Guid consignmentId, CancellationToken ct) => PostAsync($"/api/consignments/{consignmentId}/cancel", ct);

    private async Task PostAsync(string path, CancellationToken ct)
    {
        using var response = await SendCheckedAsync(HttpMethod.Post, path, new { }, ct);
    }
}

public enum IncidentAction
{
    Retry,
    Skip,
    Cancel,
}

/// <summary>A border warehouse as <c>GET /api/warehouses</c> lists it.</summary>
public sealed record WarehouseRow(string Code, string Name, string City, string CustomsCode, IReadOnlyList<string> Destinations,
    IReadOnlyList<string> TransportModes);
