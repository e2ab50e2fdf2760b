using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CommerceHub.LiveConsole.Auth;

public static class AccountEndpoints
{
    /// <summary>Sign-out is a form post (antiforgery-checked), so a link elsewhere cannot sign a host out.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/logout", async (HttpContext context, HubSessionStore store) =>
        {
            if (context.User.FindFirst(ConsoleClaims.SessionKey)?.Value is { } key)
            {
                store.Remove(key);
            }

            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/login");
        });
        return app;
    }
}
