using System.Net;
using CommerceHub.HubApi.Realtime;
using CommerceHub.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CommerceHub.LiveConsole.Tests.EndToEnd;

/// <summary>
/// The whole hub in-process on a real Kestrel socket (so the console and the marketplace sandbox reach it as they would
/// on another host), on a real redis-server and a fresh SQLite file, with the sample data seeded and its Hangfire server
/// running (pushes, publications and route steps are jobs). Typed on a hub class: both apps declare Program. A test
/// may add settings (they win over the defaults here) and replace services.
/// </summary>
public sealed class HubHost(RedisServer redis, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<MerchantHub>
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"ch-console-e2e-{Guid.NewGuid():N}.db");

    // Chosen before the start: the platforms sign pushes for the hub's public address, which the hub must know.
    private readonly int _port = FreePort.Next();

    public Uri BaseUri => new($"http://127.0.0.1:{_port}/");

    public void Start()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, _port));
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Shops:PublicBaseUrl", BaseUri.ToString().TrimEnd('/'));
        // The tests connect the shops and create the consignments they need, and no background buyers disturb counts.
        builder.UseSetting("SampleData:ConnectSandboxShops", "false");
        builder.UseSetting("SampleData:Consignments", "false");
        builder.UseSetting("SampleData:OrdersPerMinute", "0");
        builder.UseSetting("Jobs:WorkerCount", "4");
        builder.UseSetting("Redis:ConnectionString", redis.ConnectionString);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={_database}");
        builder.UseSetting("SampleData:Enabled", "true");
        builder.UseSetting("Http:PermitsPerSecond", "10000");
        builder.UseSetting("Http:Burst", "10000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Hangfire's server waits for its workers on stop, which can take longer than the default 30 s on two busy cores.
        builder.ConfigureServices(s => s.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMinutes(2)));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            // Hangfire keeps its log provider in a static that would point at this host's disposed logger factory.
            Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
            foreach (var file in new[] { _database, _database + "-shm", _database + "-wal" }.Where(File.Exists))
            {
                File.Delete(file);
            }
        }
    }
}
