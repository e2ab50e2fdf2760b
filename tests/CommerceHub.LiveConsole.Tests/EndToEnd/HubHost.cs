using System.Net;
using CommerceHub.HubApi.Realtime;
using CommerceHub.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.LiveConsole.Tests.EndToEnd;

/// <summary>
/// The whole hub in-process on a real Kestrel socket (so the console reaches it as it would on another host), on a real
/// redis-server and a fresh SQLite file, with the sample data seeded. Typed on a hub class: both apps declare Program.
/// A test may add settings and replace services.
/// </summary>
public sealed class HubHost(RedisServer redis, IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? services = null) : WebApplicationFactory<MerchantHub>
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"ch-console-e2e-{Guid.NewGuid():N}.db");

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
        builder.UseEnvironment("Testing");
        // No Hangfire server: its stop outlasts the host's shutdown on two busy cores, and nothing here needs a job
        // (flash-sale claims go by the clock; the "sale open" job only re-announces the state).
        builder.UseSetting("Jobs:RunServer", "false");
        builder.UseSetting("Redis:ConnectionString", redis.ConnectionString);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={_database}");
        builder.UseSetting("SampleData:Enabled", "true");
        builder.UseSetting("Http:PermitsPerSecond", "10000");
        builder.UseSetting("Http:Burst", "10000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
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
