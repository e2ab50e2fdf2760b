using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using MapsterMapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommerceHub.Connectors.Jd;

public static class JdServiceCollectionExtensions
{
    /// <summary>
    /// Registers the JD connector under <see cref="Marketplace.JD"/> for every capability it has. Needs an
    /// IConnectionMultiplexer and an IShopTokenStore from the host; options come from "Connectors:JD".
    /// </summary>
    public static IServiceCollection AddJdConnector(this IServiceCollection services, Action<JdOptions>? configure = null)
    {
        services.AddConnectorRuntime();
        var options = services.AddOptions<JdOptions>().BindConfiguration(JdOptions.Section).ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<JdOptions>, JdOptionsValidator>());

        // A singleton connector holds one typed client: connections are recycled by PooledConnectionLifetime.
        services.AddHttpClient<JdClient>(JdConnector.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);

        services.AddKeyedSingleton<IMapper>(Marketplace.JD, (_, _) => new Mapper(JdMappings.NewConfig()));
        services.AddSingleton(sp => new JdConnector(
            sp.GetRequiredService<JdClient>(),
            sp.GetRequiredService<MarketplaceCallRunner>(),
            sp.GetRequiredKeyedService<IMapper>(Marketplace.JD),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<JdConnector>>()));
        services.AddKeyedSingleton<IShopAuthorizer>(Marketplace.JD, (sp, _) => new JdAuthorizer(
            sp.GetRequiredService<JdClient>(), sp.GetRequiredService<MarketplaceCallRunner>(), sp.GetRequiredService<TimeProvider>()));

        services.ForwardCapabilities<JdConnector>(Marketplace.JD);
        return services;
    }
}
