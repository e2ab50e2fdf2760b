using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;

namespace CommerceHub.HubApi.Features.Auth;

public static class Me
{
    public sealed record Response(Guid Id, string Email, string DisplayName, string Role, Guid? MerchantId, string Language);

    public static async Task<Response> Handle(ICurrentUser current, HubDbContext db, CancellationToken ct)
    {
        var user = await db.Users.FindAsync([current.UserId], ct) ?? throw new NotFoundException("The signed-in user no longer exists.");
        return new Response(user.Id, user.Email, user.DisplayName, user.Role.ToString(), user.MerchantId, user.Language);
    }
}
