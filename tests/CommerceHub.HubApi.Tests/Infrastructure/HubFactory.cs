using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CommerceHub.HubApi.Tests.Infrastructure;

/// <summary>
/// The whole hub in-process, on a real redis-server and a real database (a fresh SQLite file, or a fresh
/// PostgreSQL database), with the sample data seeded.
/// </summary>
public sealed class HubFactory(string redisConnection, DatabaseProvider provider, string databaseConnection,
    IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Redis:ConnectionString", redisConnection);
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("Database:ConnectionString", databaseConnection);
        builder.UseSetting("SampleData:Enabled", "true");
        builder.UseSetting("SampleData:ConnectSandboxShops", "false");
        builder.UseSetting("SampleData:Consignments", "false");
        builder.UseSetting("Http:PermitsPerSecond", "10000");
        builder.UseSetting("Http:Burst", "10000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // No receipt polling unless a test points the hub at its own single-window simulator.
        builder.UseSetting("Customs:SingleWindow:PollInterval", "00:00:00");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        // Hangfire keeps its log provider in a static; left pointing at this host's disposed logger factory it would
        // break job creation in every later host of the test process.
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
    }

    public static HubFactory OnSqlite(RedisServer redis, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var file = Path.Combine(Path.GetTempPath(), $"ch-test-{Guid.NewGuid():N}.db");
        return new HubFactory(redis.ConnectionString, DatabaseProvider.Sqlite, $"Data Source={file}", settings);
    }
}
