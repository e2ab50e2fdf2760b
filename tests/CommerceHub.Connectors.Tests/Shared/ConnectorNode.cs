using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.Connectors.Tests.Shared;

/// <summary>
/// A hub "node" in a connector test: its own container, Redis connection and HTTP stack (recorded), sharing only
/// Redis and the token store with the other nodes.
/// </summary>
internal class ConnectorNode<TConnector>(ServiceProvider services, RecordingHandler http, Marketplace marketplace) : IAsyncDisposable
    where TConnector : notnull
{
    public ServiceProvider Services { get; } = services;

    public RecordingHandler Http { get; } = http;

    public TConnector Connector => Services.GetRequiredService<TConnector>();

    public TokenRefreshCoordinator Tokens => Services.GetRequiredService<TokenRefreshCoordinator>();

    public ShopAuthorizationService Authorization => Services.GetRequiredService<ShopAuthorizationService>();

    public T Capability<T>()
        where T : notnull => Services.GetRequiredKeyedService<T>(marketplace);

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
