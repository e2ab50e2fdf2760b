using CommerceHub.Connectors.Abstractions;
using CommerceHub.HubApi.Features.Shops;

namespace CommerceHub.HubApi.Features.Orders;

/// <summary>What an import did to the stored order.</summary>
public enum ImportOutcome
{
    Created,
    Updated,

    /// <summary>The stored state is as new or newer (a duplicate or an out-of-order update).</summary>
    Unchanged,
}

/// <summary>
/// Imports one order (after a shipment was arranged, or from a test): a batch of one through
/// <see cref="OrderBatchImporter"/>, waiting for the order's lease if another import holds it.
/// </summary>
public sealed class OrderImporter(OrderBatchImporter batch)
{
    private static readonly TimeSpan LeaseWait = TimeSpan.FromSeconds(20);

    public async Task<ImportOutcome> ImportAsync(ShopConnection shop, MarketplaceOrder source, CancellationToken ct)
    {
        var result = await batch.ImportAsync(shop, [source], LeaseWait, inTransaction: null, ct);
        return result.Outcomes.TryGetValue(source.ExternalOrderId, out var outcome)
            ? outcome
            : throw new TimeoutException($"Order {source.ExternalOrderId} of {shop.Marketplace} shop {shop.ShopId} stayed locked by another import for {LeaseWait}.");
    }
}
