using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using MapsterMapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CommerceHub.Connectors.Lazada;

public static class LazadaServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Lazada connector under <see cref="Marketplace.Lazada"/> for every capability it has. Needs an
    /// IConnectionMultiplexer and an IShopTokenStore from the host; options come from "Connectors:Lazada".
    /// </summary>
    public static IServiceCollection AddLazadaConnector(this IServiceCollection services, Action<LazadaOptions>? configure = null)
    {
        return services.AddMarketplaceConnector<LazadaOptions, LazadaOptionsValidator, LazadaClient, LazadaConnector>(
            Marketplace.Lazada,
            LazadaOptions.Section,
            LazadaConnector.HttpClientName,
            configure,
            sp => new LazadaConnector(
                sp.GetRequiredService<LazadaClient>(),
                sp.GetRequiredService<MarketplaceCallRunner>(),
                new Mapper(LazadaMappings.NewConfig()),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<LazadaConnector>>()),
            sp => new LazadaAuthorizer(sp.GetRequiredService<LazadaClient>(), sp.GetRequiredService<MarketplaceCallRunner>(), sp.GetRequiredService<TimeProvider>()));
    }
}
