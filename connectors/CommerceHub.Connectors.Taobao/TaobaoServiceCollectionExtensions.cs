using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using MapsterMapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CommerceHub.Connectors.Taobao;

public static class TaobaoServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Taobao/Tmall connector under <see cref="Marketplace.Taobao"/> for every capability it has. Needs an
    /// IConnectionMultiplexer and an IShopTokenStore from the host; options come from "Connectors:Taobao".
    /// </summary>
    public static IServiceCollection AddTaobaoConnector(this IServiceCollection services, Action<TaobaoOptions>? configure = null)
    {
        return services.AddMarketplaceConnector<TaobaoOptions, TaobaoOptionsValidator, TaobaoClient, TaobaoConnector>(
            Marketplace.Taobao,
            TaobaoOptions.Section,
            TaobaoConnector.HttpClientName,
            configure,
            sp => new TaobaoConnector(
                sp.GetRequiredService<TaobaoClient>(),
                sp.GetRequiredService<MarketplaceCallRunner>(),
                new Mapper(TaobaoMappings.NewConfig()),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<TaobaoConnector>>()),
            sp => new TaobaoAuthorizer(sp.GetRequiredService<TaobaoClient>(), sp.GetRequiredService<MarketplaceCallRunner>(), sp.GetRequiredService<TimeProvider>()));
    }
}
