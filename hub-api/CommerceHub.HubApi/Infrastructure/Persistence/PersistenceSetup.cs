using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Infrastructure.Persistence;

public static class PersistenceSetup
{
    public static IHostApplicationBuilder AddPersistence(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(DatabaseOptions.Section);
        builder.Services.AddOptions<DatabaseOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var options = section.Get<DatabaseOptions>() ?? new DatabaseOptions();

        builder.Services.AddDbContext<HubDbContext>(db =>
        {
            if (options.Provider == DatabaseProvider.Postgres)
            {
                db.UseNpgsql(options.ConnectionString);
            }
            else
            {
                EnsureSqliteDirectory(options.ConnectionString);
                db.UseSqlite(options.ConnectionString).AddInterceptors(new SqliteSynchronousNormal());
            }
        });

        // Keys in the database: a token, or a shop credential encrypted at rest, must survive a Redis flush and
        // be readable by every hub node.
        builder.Services.AddDataProtection().SetApplicationName("CommerceHub").PersistKeysToDbContext<HubDbContext>();
        builder.Services.AddHealthChecks().AddDbContextCheck<HubDbContext>("database", tags: ["ready"]);
        return builder;
    }

    /// <summary>Creates the schema on first start. Several nodes starting together are fine: creation is idempotent.</summary>
    public static async Task EnsureDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        await db.Database.EnsureCreatedAsync(ct);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while the ledger journal writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }

    /// <summary>
    /// synchronous=NORMAL on every SQLite connection: with WAL it is safe against process crashes, and it spares each
    /// commit an fsync, which on the hub's disks made workflow transitions seven times slower (workflows/README.md).
    /// </summary>
    private sealed class SqliteSynchronousNormal : Microsoft.EntityFrameworkCore.Diagnostics.DbConnectionInterceptor
    {
        public override async Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection,
            Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous=NORMAL;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public override void ConnectionOpened(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous=NORMAL;";
            command.ExecuteNonQuery();
        }
    }

    private static void EnsureSqliteDirectory(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory) && builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(directory);
        }
    }
}
