using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using MapsterMapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommerceHub.Connectors.TikTok;

public static class TikTokServiceCollectionExtensions
{
    /// <summary>
    /// Registers the TikTok Shop connector under <see cref="Marketplace.TikTokShop"/> for every capability it has. Needs
    /// an IConnectionMultiplexer and an IShopTokenStore from the host; options come from "Connectors:TikTok".
    /// </summary>
    public static IServiceCollection AddTikTokConnector(this IServiceCollection services, Action<TikTokOptions>? configure = null)
    {
        services.AddConnectorRuntime();
        var options = services.AddOptions<TikTokOptions>().BindConfiguration(TikTokOptions.Section).ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TikTokOptions>, TikTokOptionsValidator>());

        // A singleton connector holds one typed client, so connections are recycled by PooledConnectionLifetime.
        services.AddHttpClient<TikTokClient>(TikTokConnector.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);

        services.TryAddSingleton<TikTokShopCiphers>();
        services.AddKeyedSingleton<IMapper>(Marketplace.TikTokShop, (_, _) => new Mapper(TikTokMappings.NewConfig()));
        services.AddSingleton(sp => new TikTokConnector(
            sp.GetRequiredService<TikTokClient>(),
            sp.GetRequiredService<MarketplaceCallRunner>(),
            sp.GetRequiredService<TikTokShopCiphers>(),
            sp.GetRequiredKeyedService<IMapper>(Marketplace.TikTokShop),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<TikTokConnector>>()));
        services.AddKeyedSingleton<IShopAuthorizer>(Marketplace.TikTokShop, (sp, _) => new TikTokAuthorizer(
            sp.GetRequiredService<TikTokClient>(), sp.GetRequiredService<MarketplaceCallRunner>(), sp.GetRequiredService<TikTokShopCiphers>(), sp.GetRequiredService<TimeProvider>()));

        services.ForwardCapabilities<TikTokConnector>(Marketplace.TikTokShop);
        return services;
    }
}
