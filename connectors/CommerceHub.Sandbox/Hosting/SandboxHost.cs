using System.Net;
using System.Text.Json.Serialization;
using CommerceHub.Sandbox.Core;
using CommerceHub.Sandbox.Core.Admin;
using CommerceHub.Sandbox.Core.Faults;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CommerceHub.Sandbox.Hosting;

/// <summary>
/// Runs every enabled platform in-process, each as its own web app on 127.0.0.1, sharing one clock.
/// Tests (and connector tests) start it on free ports with <c>Sandbox:Platforms:&lt;Name&gt;:Port = 0</c>.
/// </summary>
public sealed class SandboxHost : IAsyncDisposable
{
    private readonly IConfiguration configuration;
    private readonly IReadOnlyList<ISandboxPlatform> platforms;
    private readonly Dictionary<string, WebApplication> apps = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Uri> baseUrls = new(StringComparer.OrdinalIgnoreCase);

    public SandboxHost(IConfiguration configuration, IReadOnlyList<ISandboxPlatform>? platforms = null, SandboxClock? clock = null)
    {
        this.configuration = configuration;
        this.platforms = platforms ?? PlatformCatalog.All;
        Clock = clock ?? new SandboxClock();
    }

    public SandboxClock Clock { get; }

    public IReadOnlyDictionary<string, Uri> BaseUrls => baseUrls;

    public Uri BaseUrl(string platform) => baseUrls[platform];

    /// <summary>The platform app's services, for tests that need to look past the HTTP surface.</summary>
    public IServiceProvider Services(string platform) => apps[platform].Services;

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var options = configuration.GetSection(SandboxOptions.Section).Get<SandboxOptions>() ?? new SandboxOptions();
        foreach (var platform in platforms)
        {
            // A platform without configuration has no apps or shops to serve; skipping it also keeps a host started for
            // one platform (tests) off the other platforms' fixed default ports.
            if (options.Platforms.GetValueOrDefault(platform.Name) is not { Enabled: true } platformOptions)
            {
                continue;
            }

            var app = Build(platform, platformOptions);
            await app.StartAsync(cancellationToken);
            var url = new Uri(ListeningAddress(app));
            app.Services.GetRequiredService<PlatformContext>().BaseUrl = url;
            apps[platform.Name] = app;
            baseUrls[platform.Name] = url;
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        foreach (var app in apps.Values)
        {
            await app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in apps.Values)
        {
            await app.DisposeAsync();
        }

        apps.Clear();
    }

    private WebApplication Build(ISandboxPlatform platform, PlatformOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SandboxHost).Assembly.GetName().Name,
        });

        // The sandbox reads only the configuration it was given, so tests are not affected by files in the working directory.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddConfiguration(configuration);
        var port = options.Port ?? platform.DefaultPort;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));

        // Admin JSON names enums ("Delivered", not 1); platform wire JSON uses each platform's own options.
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddSandboxCore(Clock, new PlatformContext(platform.Name, options), platform.TokenPolicy);
        platform.AddServices(builder.Services);

        var app = builder.Build();
        app.UseMiddleware<FaultMiddleware>();
        app.MapSandboxAdmin();
        platform.MapEndpoints(app);
        return app;
    }

    private static string ListeningAddress(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        return addresses?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no listening address.");
    }
}
