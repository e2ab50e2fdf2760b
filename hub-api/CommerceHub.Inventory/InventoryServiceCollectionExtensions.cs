using CommerceHub.Inventory.Allocation;
using CommerceHub.Inventory.Events;
using CommerceHub.Inventory.Journal;
using CommerceHub.Inventory.Ledger;
using CommerceHub.Inventory.Rebuild;
using CommerceHub.Inventory.Reconciliation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CommerceHub.Inventory;

public static class InventoryServiceCollectionExtensions
{
    /// <summary>
    /// Registers the stock ledger, its background services (start-up rebuild, outbox drainer, channel quantity
    /// publisher) and validated options. The host registers <c>IConnectionMultiplexer</c>, <see cref="ILedgerJournal"/>,
    /// <see cref="ILedgerSnapshotSource"/> and <see cref="IAllocationRuleSource"/> (scoped is fine).
    /// </summary>
    public static IServiceCollection AddInventory(this IServiceCollection services, Action<InventoryOptions>? configure = null)
    {
        var options = services.AddOptions<InventoryOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InventoryOptions>, InventoryOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<StockLedger>();
        services.TryAddSingleton<StockEventPublisher>();
        services.TryAddSingleton<LedgerLoader>();
        services.TryAddSingleton<OutboxDrainer>();
        services.TryAddSingleton<LedgerReconciler>();
        services.TryAddSingleton<AllocationRuleCache>();
        services.TryAddSingleton<ChannelQuantities>();
        services.TryAddSingleton<ChannelQuantityPublisher>();
        services.AddSingleton<IStockEventObserver>(sp => sp.GetRequiredService<ChannelQuantityPublisher>());

        // Start-up rebuild first, so the drainer and publishers start against a loaded ledger.
        services.AddHostedService<LedgerStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDrainer>());
        services.AddHostedService(sp => sp.GetRequiredService<ChannelQuantityPublisher>());
        return services;
    }
}
