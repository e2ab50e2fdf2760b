namespace CommerceHub.HubApi.Features.Auth;

public static class AuthModule
{
    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth");
        group.MapPost("/login", Login.Handle).AllowAnonymous().WithSummary("Sign in; returns a bearer token and a refresh token.");
        group.MapPost("/refresh", Refresh.Handle).AllowAnonymous().WithSummary("Swap a refresh token for new tokens.");
        group.MapGet("/me", Me.Handle).RequireAuthorization().WithSummary("The signed-in user.");
        return app;
    }
}
