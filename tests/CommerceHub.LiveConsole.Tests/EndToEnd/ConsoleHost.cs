using System.Net;
using CommerceHub.LiveConsole.Hub;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.LiveConsole.Tests.EndToEnd;

/// <summary>The console in-process on its own Kestrel port, pointed at the hub's address like a console on another host.</summary>
public sealed class ConsoleHost(Uri hub) : WebApplicationFactory<HubOptions>
{
    private readonly string _data = Directory.CreateTempSubdirectory("ch-console-data-").FullName;

    public Uri BaseUri { get; private set; } = null!; // Set by Start.

    /// <summary>Starts on a port the kernel picks at bind time: a port chosen beforehand may be taken in between.</summary>
    public void Start()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        BaseUri = new Uri(address.TrimEnd('/') + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development serves the static web assets (app.css, blazor.web.js) straight from the build, unpublished.
        builder.UseEnvironment("Development");
        builder.UseSetting("Hub:BaseUrl", hub.ToString());
        builder.UseSetting("Console:DataDirectory", _data);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }
}
