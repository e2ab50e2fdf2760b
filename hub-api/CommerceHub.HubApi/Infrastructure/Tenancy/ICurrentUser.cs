using CommerceHub.HubApi.Infrastructure.Auth;

namespace CommerceHub.HubApi.Infrastructure.Tenancy;

/// <summary>Who is calling: a signed-in user, or a background job acting for one merchant.</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }

    /// <summary>The merchant every query is scoped to; null for the park operator and for unscoped system work.</summary>
    Guid? MerchantId { get; }

    HubRole? Role { get; }

    string Actor { get; }
}

public static class CurrentUserExtensions
{
    /// <summary>
    /// The caller's merchant. Merchant-scoped policies already require the claim, so a missing one means an endpoint
    /// was mapped without such a policy: refuse rather than write unscoped data.
    /// </summary>
    public static Guid RequireMerchantId(this ICurrentUser user) =>
        user.MerchantId ?? throw new Errors.ForbiddenException("This action needs a merchant user.");
}
