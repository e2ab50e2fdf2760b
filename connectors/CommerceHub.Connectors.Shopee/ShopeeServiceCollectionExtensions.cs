using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using MapsterMapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommerceHub.Connectors.Shopee;

public static class ShopeeServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Shopee connector under <see cref="Marketplace.Shopee"/> for every capability it has. Needs an
    /// IConnectionMultiplexer and an IShopTokenStore from the host; options come from "Connectors:Shopee".
    /// </summary>
    public static IServiceCollection AddShopeeConnector(this IServiceCollection services, Action<ShopeeOptions>? configure = null)
    {
        services.AddConnectorRuntime();
        var options = services.AddOptions<ShopeeOptions>().BindConfiguration(ShopeeOptions.Section).ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ShopeeOptions>, ShopeeOptionsValidator>());

        // The connector is a singleton holding one typed client, so connections are recycled by the handler's
        // PooledConnectionLifetime (DNS changes) instead of by the factory's handler rotation.
        services.AddHttpClient<ShopeeClient>(ShopeeConnector.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);

        services.AddKeyedSingleton<IMapper>(Marketplace.Shopee, (_, _) => new Mapper(ShopeeMappings.NewConfig()));
        services.AddSingleton(sp => new ShopeeConnector(
            sp.GetRequiredService<ShopeeClient>(),
            sp.GetRequiredService<MarketplaceCallRunner>(),
            sp.GetRequiredKeyedService<IMapper>(Marketplace.Shopee),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ShopeeConnector>>()));
        services.AddKeyedSingleton<IShopAuthorizer>(Marketplace.Shopee, (sp, _) => new ShopeeAuthorizer(
            sp.GetRequiredService<ShopeeClient>(), sp.GetRequiredService<MarketplaceCallRunner>(), sp.GetRequiredService<TimeProvider>()));

        services.ForwardCapabilities<ShopeeConnector>(Marketplace.Shopee);
        return services;
    }
}
