using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using MapsterMapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommerceHub.Connectors.Douyin;

public static class DouyinServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Douyin Shop connector under <see cref="Marketplace.Douyin"/> for every capability it has. Needs an
    /// IConnectionMultiplexer and an IShopTokenStore from the host; options come from "Connectors:Douyin".
    /// </summary>
    public static IServiceCollection AddDouyinConnector(this IServiceCollection services, Action<DouyinOptions>? configure = null)
    {
        services.AddConnectorRuntime();
        var options = services.AddOptions<DouyinOptions>().BindConfiguration(DouyinOptions.Section).ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DouyinOptions>, DouyinOptionsValidator>());

        // A singleton connector holds one typed client, so connections are recycled by PooledConnectionLifetime.
        services.AddHttpClient<DouyinClient>(DouyinConnector.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);

        services.AddKeyedSingleton<IMapper>(Marketplace.Douyin, (_, _) => new Mapper(DouyinMappings.NewConfig()));
        services.AddSingleton(sp => new DouyinConnector(
            sp.GetRequiredService<DouyinClient>(),
            sp.GetRequiredService<MarketplaceCallRunner>(),
            sp.GetRequiredKeyedService<IMapper>(Marketplace.Douyin),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DouyinConnector>>()));
        services.AddKeyedSingleton<IShopAuthorizer>(Marketplace.Douyin, (sp, _) => new DouyinAuthorizer(
            sp.GetRequiredService<DouyinClient>(), sp.GetRequiredService<MarketplaceCallRunner>(), sp.GetRequiredService<TimeProvider>()));

        services.ForwardCapabilities<DouyinConnector>(Marketplace.Douyin);
        return services;
    }
}
