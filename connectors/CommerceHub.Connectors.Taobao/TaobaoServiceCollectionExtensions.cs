using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using MapsterMapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommerceHub.Connectors.Taobao;

public static class TaobaoServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Taobao/Tmall connector under <see cref="Marketplace.Taobao"/> for every capability it has. Needs an
    /// IConnectionMultiplexer and an IShopTokenStore from the host; options come from "Connectors:Taobao".
    /// </summary>
    public static IServiceCollection AddTaobaoConnector(this IServiceCollection services, Action<TaobaoOptions>? configure = null)
    {
        services.AddConnectorRuntime();
        var options = services.AddOptions<TaobaoOptions>().BindConfiguration(TaobaoOptions.Section).ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TaobaoOptions>, TaobaoOptionsValidator>());

        // A singleton connector holds one typed client: connections are recycled by PooledConnectionLifetime.
        services.AddHttpClient<TaobaoClient>(TaobaoConnector.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);

        services.AddKeyedSingleton<IMapper>(Marketplace.Taobao, (_, _) => new Mapper(TaobaoMappings.NewConfig()));
        services.AddSingleton(sp => new TaobaoConnector(
            sp.GetRequiredService<TaobaoClient>(),
            sp.GetRequiredService<MarketplaceCallRunner>(),
            sp.GetRequiredKeyedService<IMapper>(Marketplace.Taobao),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<TaobaoConnector>>()));
        services.AddKeyedSingleton<IShopAuthorizer>(Marketplace.Taobao, (sp, _) => new TaobaoAuthorizer(
            sp.GetRequiredService<TaobaoClient>(), sp.GetRequiredService<MarketplaceCallRunner>(), sp.GetRequiredService<TimeProvider>()));

        services.ForwardCapabilities<TaobaoConnector>(Marketplace.Taobao);
        return services;
    }
}
