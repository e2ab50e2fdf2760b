using System.Security.Claims;
using CommerceHub.HubApi.Infrastructure.Auth;

namespace CommerceHub.HubApi.Infrastructure.Tenancy;

/// <summary>
/// Reads the caller from the HTTP request, or from an explicit scope set by a background job
/// (<see cref="ActAs"/>), so that jobs get the same tenant filter as requests.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private (Guid? UserId, Guid? MerchantId, HubRole? Role, string Actor)? _override;

    public Guid? UserId => _override?.UserId ?? ReadGuid(HubClaims.UserId);

    public Guid? MerchantId => _override is { } o ? o.MerchantId : ReadGuid(HubClaims.MerchantId);

    public HubRole? Role => _override is { } o
        ? o.Role
        : Enum.TryParse<HubRole>(Principal?.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    public string Actor => _override?.Actor ?? Principal?.FindFirstValue(ClaimTypes.Name) ?? "anonymous";

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    /// <summary>Scopes this DI scope to one merchant, for jobs that run outside a request.</summary>
    public void ActAs(Guid? merchantId, string actor, Guid? userId = null, HubRole? role = null) =>
        _override = (userId, merchantId, role, actor);

    private Guid? ReadGuid(string claim) =>
        Guid.TryParse(Principal?.FindFirstValue(claim), out var value) ? value : null;
}
