using System.Net;
using CommerceHub.HubApi.Realtime;
using CommerceHub.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CommerceHub.LiveConsole.Tests.EndToEnd;

/// <summary>
/// The whole hub in-process on a real Kestrel socket (so the console reaches it as it would on another host), on a real
/// redis-server and a fresh SQLite file, with the sample data seeded. Typed on a hub class: both apps declare Program.
/// </summary>
public sealed class HubHost(RedisServer redis) : WebApplicationFactory<MerchantHub>
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"ch-console-e2e-{Guid.NewGuid():N}.db");

    public int Port { get; } = FreePort.Next();

    public Uri BaseUri => new($"http://127.0.0.1:{Port}/");

    public void Start()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, Port));
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Hangfire's server waits for its workers on stop; on two busy cores that outlasts the host's default 5 s.
        builder.ConfigureServices(services => services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30)));
        builder.UseSetting("Urls", BaseUri.ToString());
        builder.UseSetting("Redis:ConnectionString", redis.ConnectionString);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={_database}");
        builder.UseSetting("SampleData:Enabled", "true");
        builder.UseSetting("Http:PermitsPerSecond", "10000");
        builder.UseSetting("Http:Burst", "10000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        // Hangfire keeps its log provider in a static that would point at this host's disposed logger factory.
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        foreach (var file in new[] { _database, _database + "-shm", _database + "-wal" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }
}
