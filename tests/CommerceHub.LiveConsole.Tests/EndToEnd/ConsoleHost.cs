using System.Net;
using CommerceHub.LiveConsole.Hub;
using CommerceHub.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CommerceHub.LiveConsole.Tests.EndToEnd;

/// <summary>The console in-process on its own Kestrel port, pointed at the hub's address like a console on another host.</summary>
public sealed class ConsoleHost(Uri hub) : WebApplicationFactory<HubOptions>
{
    private readonly string _data = Directory.CreateTempSubdirectory("ch-console-data-").FullName;

    public int Port { get; } = FreePort.Next();

    public Uri BaseUri => new($"http://127.0.0.1:{Port}/");

    public void Start()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, Port));
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development serves the static web assets (app.css, blazor.web.js) straight from the build, unpublished.
        builder.UseEnvironment("Development");
        builder.UseSetting("Urls", BaseUri.ToString());
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
