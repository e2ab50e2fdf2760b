using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using MapsterMapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CommerceHub.Connectors.Tiki;

public static class TikiServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Tiki connector under <see cref="Marketplace.Tiki"/> for every capability it has. Needs an
    /// IConnectionMultiplexer and an IShopTokenStore from the host; options come from "Connectors:Tiki".
    /// </summary>
    public static IServiceCollection AddTikiConnector(this IServiceCollection services, Action<TikiOptions>? configure = null)
    {
        services.AddConnectorRuntime();
        var options = services.AddOptions<TikiOptions>().BindConfiguration(TikiOptions.Section).ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TikiOptions>, TikiOptionsValidator>());

        // The connector is a singleton holding one typed client, so connections are recycled by the handler's
        // PooledConnectionLifetime (DNS changes) instead of by the factory's handler rotation.
        services.AddHttpClient<TikiClient>(TikiConnector.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);

        services.AddKeyedSingleton<IMapper>(Marketplace.Tiki, (_, _) => new Mapper(TikiMappings.NewConfig()));
        services.AddSingleton(sp => new TikiConnector(
            sp.GetRequiredService<TikiClient>(),
            sp.GetRequiredService<MarketplaceCallRunner>(),
            sp.GetRequiredKeyedService<IMapper>(Marketplace.Tiki),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<RedisLock>(),
            sp.GetRequiredService<IConnectionMultiplexer>(),
            sp.GetRequiredService<ILogger<TikiConnector>>()));
        services.AddKeyedSingleton<IShopAuthorizer>(Marketplace.Tiki, (sp, _) => new TikiAuthorizer(
            sp.GetRequiredService<TikiClient>(), sp.GetRequiredService<MarketplaceCallRunner>(), sp.GetRequiredService<TimeProvider>()));

        services.ForwardCapabilities<TikiConnector>(Marketplace.Tiki);
        return services;
    }
}
