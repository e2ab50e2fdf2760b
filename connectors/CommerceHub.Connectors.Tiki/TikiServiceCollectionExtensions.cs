using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using MapsterMapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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
        return services.AddMarketplaceConnector<TikiOptions, TikiOptionsValidator, TikiClient, TikiConnector>(
            Marketplace.Tiki,
            TikiOptions.Section,
            TikiConnector.HttpClientName,
            configure,
            sp => new TikiConnector(
                sp.GetRequiredService<TikiClient>(),
                sp.GetRequiredService<MarketplaceCallRunner>(),
                new Mapper(TikiMappings.NewConfig()),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<RedisLock>(),
                sp.GetRequiredService<IConnectionMultiplexer>(),
                sp.GetRequiredService<ILogger<TikiConnector>>()),
            sp => new TikiAuthorizer(sp.GetRequiredService<TikiClient>(), sp.GetRequiredService<MarketplaceCallRunner>(), sp.GetRequiredService<TimeProvider>()));
    }
}
