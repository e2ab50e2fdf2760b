using System.Security.Claims;
using CommerceHub.HubApi.Contracts.Consignments;
using CommerceHub.HubApi.Infrastructure.Auth;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Consignments;

/// <summary>
/// The warehouse board's hub. A merchant's staff join their merchant's group of a warehouse, operators the group of
/// every merchant there; both see exactly what the REST endpoints show them.
/// </summary>
[Authorize(Policy = Policies.Consignments)]
public sealed class WarehouseHub(CurrentUser user, ConsignmentReader reader, ScanCommand scans, HubDbContext db) : Hub<IWarehouseClient>, IWarehouseHub
{
    public Task<WarehouseBoardState> JoinWarehouse(string warehouseCode) => RunAsync(async () =>
    {
        var code = await WarehouseAsync(warehouseCode);
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(code), Context.ConnectionAborted);
        return await reader.BoardAsync(code, Context.ConnectionAborted);
    });

    public async Task LeaveWarehouse(string warehouseCode)
    {
        ActAsCaller();
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, Group((warehouseCode ?? "").Trim().ToUpperInvariant()));
    }

    public Task<ScanResult> Scan(ScanRequest request) => RunAsync(() => scans.HandleAsync(request, Context.ConnectionAborted));

    private string Group(string warehouseCode) => user.MerchantId is { } merchantId
        ? WarehouseGroups.Merchant(merchantId, warehouseCode)
        : WarehouseGroups.AllMerchants(warehouseCode);

    private async Task<string> WarehouseAsync(string warehouseCode)
    {
        var code = (warehouseCode ?? "").Trim().ToUpperInvariant();
        return await db.Warehouses.AnyAsync(w => w.Code == code, Context.ConnectionAborted)
            ? code
            : throw new Infrastructure.Errors.NotFoundException($"No warehouse {code}.");
    }

    private void ActAsCaller()
    {
        var principal = Context.User;
        var merchantId = Guid.TryParse(principal?.FindFirstValue(HubClaims.MerchantId), out var m) ? m : (Guid?)null;
        var userId = Guid.TryParse(principal?.FindFirstValue(HubClaims.UserId), out var id) ? id : (Guid?)null;
        var role = Enum.TryParse<HubRole>(principal?.FindFirstValue(ClaimTypes.Role), out var r) ? r : (HubRole?)null;
        user.ActAs(merchantId, principal?.FindFirstValue(ClaimTypes.Name) ?? "board", userId, role);
    }

    /// <summary>Scopes the invocation to the caller (a hub call has no HTTP request) and passes refusals to the client.</summary>
    private async Task<T> RunAsync<T>(Func<Task<T>> call)
    {
        ActAsCaller();
        try
        {
            return await call();
        }
        catch (Infrastructure.Errors.HubException e)
        {
            throw new HubException(e.Message);
        }
    }
}
