using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using MapsterMapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace CommerceHub.Connectors.TikTok;

public static class TikTokServiceCollectionExtensions
{
    /// <summary>
    /// Registers the TikTok Shop connector under <see cref="Marketplace.TikTokShop"/> for every capability it has. Needs an
    /// IConnectionMultiplexer and an IShopTokenStore from the host; options come from "Connectors:TikTok".
    /// </summary>
    public static IServiceCollection AddTikTokConnector(this IServiceCollection services, Action<TikTokOptions>? configure = null)
    {
        services.TryAddSingleton<TikTokShopCiphers>();
        return services.AddMarketplaceConnector<TikTokOptions, TikTokOptionsValidator, TikTokClient, TikTokConnector>(
            Marketplace.TikTokShop,
            TikTokOptions.Section,
            TikTokConnector.HttpClientName,
            configure,
            sp => new TikTokConnector(
                sp.GetRequiredService<TikTokClient>(),
                sp.GetRequiredService<MarketplaceCallRunner>(),
                sp.GetRequiredService<TikTokShopCiphers>(),
                new Mapper(TikTokMappings.NewConfig()),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<TikTokConnector>>()),
            sp => new TikTokAuthorizer(
                sp.GetRequiredService<TikTokClient>(), sp.GetRequiredService<MarketplaceCallRunner>(), sp.GetRequiredService<TikTokShopCiphers>(), sp.GetRequiredService<TimeProvider>()));
    }
}
