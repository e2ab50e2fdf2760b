using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using MapsterMapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CommerceHub.Connectors.Douyin;

public static class DouyinServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Douyin Shop connector under <see cref="Marketplace.Douyin"/> for every capability it has. Needs an
    /// IConnectionMultiplexer and an IShopTokenStore from the host; options come from "Connectors:Douyin".
    /// </summary>
    public static IServiceCollection AddDouyinConnector(this IServiceCollection services, Action<DouyinOptions>? configure = null)
    {
        return services.AddMarketplaceConnector<DouyinOptions, DouyinOptionsValidator, DouyinClient, DouyinConnector>(
            Marketplace.Douyin,
            DouyinOptions.Section,
            DouyinConnector.HttpClientName,
            configure,
            sp => new DouyinConnector(
                sp.GetRequiredService<DouyinClient>(),
                sp.GetRequiredService<MarketplaceCallRunner>(),
                new Mapper(DouyinMappings.NewConfig()),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<DouyinConnector>>()),
            sp => new DouyinAuthorizer(sp.GetRequiredService<DouyinClient>(), sp.GetRequiredService<MarketplaceCallRunner>(), sp.GetRequiredService<TimeProvider>()));
    }
}
