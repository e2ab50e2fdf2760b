using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using MapsterMapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CommerceHub.Connectors.Jd;

public static class JdServiceCollectionExtensions
{
    /// <summary>
    /// Registers the JD connector under <see cref="Marketplace.JD"/> for every capability it has. Needs an
    /// IConnectionMultiplexer and an IShopTokenStore from the host; options come from "Connectors:JD".
    /// </summary>
    public static IServiceCollection AddJdConnector(this IServiceCollection services, Action<JdOptions>? configure = null)
    {
        return services.AddMarketplaceConnector<JdOptions, JdOptionsValidator, JdClient, JdConnector>(
            Marketplace.JD,
            JdOptions.Section,
            JdConnector.HttpClientName,
            configure,
            sp => new JdConnector(
                sp.GetRequiredService<JdClient>(),
                sp.GetRequiredService<MarketplaceCallRunner>(),
                new Mapper(JdMappings.NewConfig()),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<JdConnector>>()),
            sp => new JdAuthorizer(sp.GetRequiredService<JdClient>(), sp.GetRequiredService<MarketplaceCallRunner>(), sp.GetRequiredService<TimeProvider>()));
    }
}
