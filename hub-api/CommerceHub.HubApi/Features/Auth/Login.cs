using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CommerceHub.HubApi.Infrastructure.Auth;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Auth;

public static class Login
{
    public sealed record Request([property: Required] string Email, [property: Required] string Password);

    /// <summary>
    /// Checks the password and signs in. The bearer-token handler writes the token response
    /// (tokenType, accessToken, expiresIn, refreshToken). With useCookies=true it sets the dashboard cookie instead.
    /// </summary>
    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> Handle(
        Request request, bool? useCookies, HubDbContext db, IPasswordHasher<HubUser> hasher,
        TimeProvider clock, CancellationToken ct)
    {
        new Validation().Required(request.Email, "email", 200).Required(request.Password, "password", 200).ThrowIfInvalid();
        var email = request.Email.Trim().ToLowerInvariant();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == email, ct);
        if (user is null || hasher.VerifyHashedPassword(user, user.PasswordHash, request.Password) == PasswordVerificationResult.Failed)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized,
                title: "Sign-in failed", detail: "The e-mail address or the password is wrong.");
        }

        var scheme = useCookies == true ? AuthSetup.CookieScheme : BearerTokenDefaults.AuthenticationScheme;
        return TypedResults.SignIn(PrincipalFor(user, scheme), authenticationScheme: scheme);
    }

    public static ClaimsPrincipal PrincipalFor(HubUser user, string scheme)
    {
        var claims = new List<Claim>
        {
            new(HubClaims.UserId, user.Id.ToString()),
            new(ClaimTypes.Name, user.Email),
            new(ClaimTypes.Role, user.Role.ToString()),
            new("lang", user.Language),
        };
        if (user.MerchantId is { } merchantId)
        {
            claims.Add(new Claim(HubClaims.MerchantId, merchantId.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }
}
