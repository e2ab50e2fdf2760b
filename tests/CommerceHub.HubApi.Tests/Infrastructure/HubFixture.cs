using CommerceHub.Testing;

namespace CommerceHub.HubApi.Tests.Infrastructure;

/// <summary>
/// One redis-server and one hub (SQLite) shared by the tests of the "hub" collection. Hangfire keeps static
/// state, so hub hosts never run side by side: the collection runs its classes one after another.
/// </summary>
public sealed class HubFixture : IAsyncLifetime
{
    public RedisServer Redis { get; } = new();

    public HubFactory Factory { get; private set; } = null!; // Set in InitializeAsync, before any test runs.

    public HubClient Anonymous => new(Factory.CreateClient());

    public Task InitializeAsync()
    {
        Factory = HubFactory.OnSqlite(Redis);
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Redis.Dispose();
    }

    public Task<HubClient> SignInAsync(string email) => HubClient.SignInAsync(Factory.CreateClient(), email);
}

[CollectionDefinition(Name)]
public sealed class HubCollection : ICollectionFixture<HubFixture>
{
    public const string Name = "hub";
}
