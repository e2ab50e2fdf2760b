using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using MapsterMapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommerceHub.Connectors.Lazada;

public static class LazadaServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Lazada connector under <see cref="Marketplace.Lazada"/> for every capability it has. Needs an
    /// IConnectionMultiplexer and an IShopTokenStore from the host; options come from "Connectors:Lazada".
    /// </summary>
    public static IServiceCollection AddLazadaConnector(this IServiceCollection services, Action<LazadaOptions>? configure = null)
    {
        services.AddConnectorRuntime();
        var options = services.AddOptions<LazadaOptions>().BindConfiguration(LazadaOptions.Section).ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LazadaOptions>, LazadaOptionsValidator>());

        // A singleton connector holds one typed client: connections are recycled by PooledConnectionLifetime.
        services.AddHttpClient<LazadaClient>(LazadaConnector.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);

        services.AddKeyedSingleton<IMapper>(Marketplace.Lazada, (_, _) => new Mapper(LazadaMappings.NewConfig()));
        services.AddSingleton(sp => new LazadaConnector(
            sp.GetRequiredService<LazadaClient>(),
            sp.GetRequiredService<MarketplaceCallRunner>(),
            sp.GetRequiredKeyedService<IMapper>(Marketplace.Lazada),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<LazadaConnector>>()));
        services.AddKeyedSingleton<IShopAuthorizer>(Marketplace.Lazada, (sp, _) => new LazadaAuthorizer(
            sp.GetRequiredService<LazadaClient>(), sp.GetRequiredService<MarketplaceCallRunner>(), sp.GetRequiredService<TimeProvider>()));

        services.ForwardCapabilities<LazadaConnector>(Marketplace.Lazada);
        return services;
    }
}
