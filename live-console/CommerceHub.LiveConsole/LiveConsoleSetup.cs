using CommerceHub.LiveConsole.Auth;
using CommerceHub.LiveConsole.Board;
using CommerceHub.LiveConsole.Hub;
using CommerceHub.LiveConsole.Live;
using CommerceHub.LiveConsole.Localization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace CommerceHub.LiveConsole;

public static class LiveConsoleSetup
{
    public static WebApplicationBuilder AddLiveConsole(this WebApplicationBuilder builder)
    {
        // The run command starts the console from its build output, not a publish folder: the static web assets
        // manifest there maps blazor.web.js and app.css to their sources in every environment (a no-op once published).
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddOptions<HubOptions>().BindConfiguration(HubOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ConsoleOptions>().BindConfiguration(ConsoleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<HubSessionStore>();
        builder.Services.AddSingleton<OverlayKeys>();
        builder.Services.AddSingleton<LanguagePreferences>();
        builder.Services.AddScoped<HubAccess>();
        builder.Services.AddScoped<UiLanguage>();
        builder.Services.AddScoped<LiveConnection>();
        builder.Services.AddScoped<WarehouseConnection>();
        builder.Services.AddHttpClient<HubAuthClient>(ConfigureHub);
        builder.Services.AddHttpClient<HubApiClient>(ConfigureHub);

        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.LoginPath = "/login";
            o.Cookie.Name = "commercehub.console";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.Events.OnValidatePrincipal = context =>
            {
                // The hub tokens live in memory only: after a console restart the cookie has nothing behind it.
                var key = context.Principal?.FindFirst(ConsoleClaims.SessionKey)?.Value;
                if (key is null || context.HttpContext.RequestServices.GetRequiredService<HubSessionStore>().Find(key) is null)
                {
                    context.RejectPrincipal();
                }

                return Task.CompletedTask;
            };
        });
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    private static void ConfigureHub(IServiceProvider services, HttpClient http)
    {
        http.BaseAddress = services.GetRequiredService<IOptions<HubOptions>>().Value.BaseUri;
        http.Timeout = TimeSpan.FromSeconds(30);
    }
}
