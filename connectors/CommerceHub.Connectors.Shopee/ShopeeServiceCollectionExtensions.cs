using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using MapsterMapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CommerceHub.Connectors.Shopee;

public static class ShopeeServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Shopee connector under <see cref="Marketplace.Shopee"/> for every capability it has. Needs an
    /// IConnectionMultiplexer and an IShopTokenStore from the host; options come from "Connectors:Shopee".
    /// </summary>
    public static IServiceCollection AddShopeeConnector(this IServiceCollection services, Action<ShopeeOptions>? configure = null)
    {
        return services.AddMarketplaceConnector<ShopeeOptions, ShopeeOptionsValidator, ShopeeClient, ShopeeConnector>(
            Marketplace.Shopee,
            ShopeeOptions.Section,
            ShopeeConnector.HttpClientName,
            configure,
            sp => new ShopeeConnector(
                sp.GetRequiredService<ShopeeClient>(),
                sp.GetRequiredService<MarketplaceCallRunner>(),
                new Mapper(ShopeeMappings.NewConfig()),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<ShopeeConnector>>()),
            sp => new ShopeeAuthorizer(sp.GetRequiredService<ShopeeClient>(), sp.GetRequiredService<MarketplaceCallRunner>(), sp.GetRequiredService<TimeProvider>()));
    }
}
