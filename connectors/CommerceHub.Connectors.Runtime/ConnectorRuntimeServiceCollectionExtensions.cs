using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CommerceHub.Connectors.Runtime;

public static class ConnectorRuntimeServiceCollectionExtensions
{
    /// <summary>
    /// The shared pieces every connector uses. The host registers the one <see cref="StackExchange.Redis.IConnectionMultiplexer"/>
    /// and an <see cref="Abstractions.IShopTokenStore"/>; each Add*Connector calls this, so calling it twice is harmless.
    /// </summary>
    public static IServiceCollection AddConnectorRuntime(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ConnectorRuntimeOptions>().BindConfiguration(ConnectorRuntimeOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConnectorRuntimeOptions>, ConnectorRuntimeOptionsValidator>());
        services.TryAddSingleton<RedisRateLimiter>();
        services.TryAddSingleton<RedisLock>();
        services.TryAddSingleton<TokenRefreshCoordinator>();
        services.TryAddSingleton<ShopAuthorizationService>();
        services.TryAddSingleton<MarketplaceCallRunner>();
        services.TryAddSingleton<PushGate>();
        return services;
    }
}
