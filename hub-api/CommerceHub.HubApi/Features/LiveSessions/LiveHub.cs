using System.Security.Claims;
using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.HubApi.Infrastructure.Auth;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace CommerceHub.HubApi.Features.LiveSessions;

/// <summary>
/// The live console's hub. Thin: every method scopes the invocation to the caller's merchant and runs the same
/// command as the REST endpoint, so the tenant filter decides what a host can reach, and another merchant's session
/// looks exactly like one that does not exist.
/// </summary>
[Authorize(Policy = Policies.LiveSessions)]
public sealed class LiveHub(CurrentUser user, LiveSessionCommands sessions, FlashSaleCommands sales) : Hub<ILiveClient>, ILiveHub
{
    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Merchant(MerchantId));
        await base.OnConnectedAsync();
    }

    public Task<LiveSessionState> JoinSession(Guid sessionId) => RunAsync(async () =>
    {
        // Membership is granted only after the session was found under the caller's merchant.
        var state = await sessions.StateAsync(sessionId, Context.ConnectionAborted);
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Session(sessionId), Context.ConnectionAborted);
        return state;
    });

    public Task LeaveSession(Guid sessionId) =>
        Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.Session(sessionId));

    public Task<LivePin> PinProduct(Guid sessionId, string? sku) =>
        RunAsync(() => sessions.PinAsync(sessionId, sku, Context.ConnectionAborted));

    public Task<FlashSaleState> StartFlashSale(Guid sessionId, StartFlashSaleRequest request) =>
        RunAsync(() => sales.StartAsync(sessionId, request, Context.ConnectionAborted));

    public Task<FlashSaleState> EndFlashSale(Guid sessionId, Guid flashSaleId) =>
        RunAsync(() => sales.EndAsync(sessionId, flashSaleId, Context.ConnectionAborted));

    // The policy requires the merchant claim, so a connection without one never gets here.
    private Guid MerchantId => Guid.Parse(Context.User!.FindFirstValue(HubClaims.MerchantId)!);

    /// <summary>
    /// Scopes the invocation's services to the caller (a hub call has no ambient HTTP request to read it from) and
    /// turns the hub's refusals into HubExceptions, whose message SignalR passes to the client.
    /// </summary>
    private async Task<T> RunAsync<T>(Func<Task<T>> call)
    {
        var userId = Guid.TryParse(Context.User?.FindFirstValue(HubClaims.UserId), out var id) ? id : (Guid?)null;
        var role = Enum.TryParse<HubRole>(Context.User?.FindFirstValue(ClaimTypes.Role), out var r) ? r : (HubRole?)null;
        user.ActAs(MerchantId, Context.User?.FindFirstValue(ClaimTypes.Name) ?? "host", userId, role);
        try
        {
            return await call();
        }
        catch (Infrastructure.Errors.HubException e)
        {
            throw new Microsoft.AspNetCore.SignalR.HubException(e.Message);
        }
    }
}
