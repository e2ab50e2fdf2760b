using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.Testing;

namespace CommerceHub.HubApi.Tests.Persistence;

/// <summary>The hub on PostgreSQL (a throw-away cluster) and its own redis-server.</summary>
public sealed class PostgresHubFixture : IAsyncLifetime
{
    public PostgresServer Postgres { get; } = new();

    public RedisServer Redis { get; } = new();

    public Infrastructure.HubFactory Factory { get; private set; } = null!; // Set in InitializeAsync.

    public Task InitializeAsync()
    {
        Factory = new Infrastructure.HubFactory(Redis.ConnectionString, DatabaseProvider.Postgres, Postgres.ConnectionString("commercehub"));
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Redis.Dispose();
        Postgres.Dispose();
    }
}
