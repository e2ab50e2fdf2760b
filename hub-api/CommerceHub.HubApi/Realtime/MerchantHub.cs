using CommerceHub.HubApi.Contracts.Realtime;
using CommerceHub.HubApi.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace CommerceHub.HubApi.Realtime;

/// <summary>
/// Live updates for a merchant's users (imports, stock). Thin on purpose: the server pushes through
/// IHubContext; a connection only joins its own merchant's group.
/// </summary>
[Authorize(Policy = Policies.CatalogRead)]
public sealed class MerchantHub : Hub<IMerchantClient>
{
    public override async Task OnConnectedAsync()
    {
        if (Guid.TryParse(Context.User?.FindFirst(HubClaims.MerchantId)?.Value, out var merchantId))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, MerchantGroups.Merchant(merchantId));
        }

        await base.OnConnectedAsync();
    }
}
