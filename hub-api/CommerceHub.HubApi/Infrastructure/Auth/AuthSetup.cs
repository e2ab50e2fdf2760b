using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace CommerceHub.HubApi.Infrastructure.Auth;

public static class AuthSetup
{
    /// <summary>Bearer tokens for the API and SignalR; a cookie only for the operators' Hangfire dashboard.</summary>
    public const string Scheme = "hub";
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;

    public static IHostApplicationBuilder AddHubAuth(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section);
        builder.Services.AddOptions<AuthOptions>().Bind(options).ValidateDataAnnotations().ValidateOnStart();
        var settings = options.Get<AuthOptions>() ?? new AuthOptions();

        builder.Services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Bearer token, or the dashboard cookie", o =>
                o.ForwardDefaultSelector = context => context.Request.Path.StartsWithSegments("/hangfire")
                    ? CookieScheme
                    : BearerTokenDefaults.AuthenticationScheme)
            .AddBearerToken(o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromMinutes(settings.AccessTokenMinutes);
                o.RefreshTokenExpiration = TimeSpan.FromDays(settings.RefreshTokenDays);
                o.Events.OnMessageReceived = context =>
                {
                    // Browsers cannot set headers on a WebSocket, so SignalR sends the token in the query string.
                    if (context.Request.Path.StartsWithSegments("/hubs")
                        && context.Request.Query.TryGetValue("access_token", out var token))
                    {
                        context.Token = token;
                    }

                    return Task.CompletedTask;
                };
            })
            .AddCookie(CookieScheme, o =>
            {
                o.Cookie.Name = "commercehub.dashboard";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.LoginPath = "/login.html";
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
            });

        builder.Services.AddAuthorization(Policies.Configure);
        builder.Services.AddSingleton<IPasswordHasher<Features.Auth.HubUser>, PasswordHasher<Features.Auth.HubUser>>();
        return builder;
    }
}
