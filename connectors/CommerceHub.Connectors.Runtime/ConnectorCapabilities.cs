using CommerceHub.Connectors.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.Connectors.Runtime;

/// <summary>
/// Registers one connector singleton under its marketplace key for every capability it implements, so the hub
/// resolves <c>GetRequiredKeyedService&lt;IOrderSource&gt;(shop.Marketplace)</c> and never switches on the platform.
/// </summary>
public static class ConnectorCapabilities
{
    private static readonly Type[] All =
    [
        typeof(ICatalogPublisher), typeof(IInventorySink), typeof(IPriceSink), typeof(IItemSource),
        typeof(IOrderSource), typeof(IOrderBatchSource), typeof(IShipmentSink), typeof(IPushReceiver), typeof(IEventFeed),
        typeof(ILockedStockSource), typeof(IListingRequestPublisher),
    ];

    /// <summary>Forwards each capability <typeparamref name="TConnector"/> implements to its registered singleton.</summary>
    public static IServiceCollection ForwardCapabilities<TConnector>(this IServiceCollection services, Marketplace marketplace)
        where TConnector : class
    {
        foreach (var capability in All.Where(c => c.IsAssignableFrom(typeof(TConnector))))
        {
            services.AddKeyedSingleton(capability, marketplace, (sp, _) => sp.GetRequiredService<TConnector>());
        }

        return services;
    }
}
