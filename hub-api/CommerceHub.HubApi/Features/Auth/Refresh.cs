using System.ComponentModel.DataAnnotations;
using CommerceHub.HubApi.Infrastructure.Auth;
using CommerceHub.HubApi.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CommerceHub.HubApi.Features.Auth;

public static class Refresh
{
    public sealed record Request([property: Required] string RefreshToken);

    /// <summary>Swaps a refresh token for new tokens, re-reading the user so a deleted user or a changed role takes effect.</summary>
    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> Handle(
        Request request, HubDbContext db, IOptionsMonitor<BearerTokenOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var ticket = options.Get(BearerTokenDefaults.AuthenticationScheme).RefreshTokenProtector.Unprotect(request.RefreshToken ?? "");
        if (ticket?.Properties.ExpiresUtc is not { } expires || expires < clock.GetUtcNow()
            || !Guid.TryParse(ticket.Principal.FindFirst(HubClaims.UserId)?.Value, out var userId))
        {
            return Unauthorized();
        }

        var user = await db.Users.FindAsync([userId], ct);
        return user is null
            ? Unauthorized()
            : TypedResults.SignIn(Login.PrincipalFor(user, BearerTokenDefaults.AuthenticationScheme),
                authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
    }

    private static ProblemHttpResult Unauthorized() => TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized,
        title: "Refresh failed", detail: "The refresh token is invalid or expired; sign in again.");
}
