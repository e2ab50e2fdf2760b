using System.Collections.Concurrent;
using CommerceHub.Connectors.Abstractions;
using A = CommerceHub.Connectors.Taobao.TaobaoConnectorAssumptions;

namespace CommerceHub.Connectors.Taobao;

public sealed partial class TaobaoConnector
{
    /// <summary>
    /// taobao.item.quantity.update takes one item per call (no batch method for plain items), type 1 = absolute, so
    /// calls run in parallel under the shop's limiter and are retried freely. A refused item is reported, not thrown.
    /// </summary>
    public Task<BatchResult> UpdateStockAsync(ShopRef shop, IReadOnlyList<StockUpdate> updates, CancellationToken cancellationToken = default)
    {
        Check(shop);
        if (updates.Any(u => u.Quantity < 0))
        {
            throw TaobaoErrors.Client("client.stock", "Stock cannot be negative.");
        }

        return PerItemAsync(shop, A.ItemQuantity, [.. updates.Select(u => (u.ExternalItemId, u.ExternalVariantId, (Func<long, Func<Abstractions.ShopToken, CancellationToken, Task>>)(
            numIid => (token, ct) => client.UpdateQuantityAsync(token, numIid, u.Quantity, ct))))], cancellationToken);
    }

    /// <summary>CNY yuan with at most 2 decimals, checked for every entry before any call.</summary>
    public Task<BatchResult> UpdatePricesAsync(ShopRef shop, IReadOnlyList<PriceUpdate> updates, CancellationToken cancellationToken = default)
    {
        Check(shop);
        var wire = updates.Select(u => (Update: u, Price: TaobaoPrices.ToWire(u.Price))).ToList();
        return PerItemAsync(shop, A.ItemPrice, [.. wire.Select(w => (w.Update.ExternalItemId, w.Update.ExternalVariantId, (Func<long, Func<Abstractions.ShopToken, CancellationToken, Task>>)(
            numIid => (token, ct) => client.UpdatePriceAsync(token, numIid, w.Price, ct))))], cancellationToken);
    }

    private async Task<BatchResult> PerItemAsync(
        ShopRef shop, string method, IReadOnlyList<(string ItemId, string? VariantId, Func<long, Func<Abstractions.ShopToken, CancellationToken, Task>> Send)> entries, CancellationToken cancellationToken)
    {
        var failures = new ConcurrentBag<BatchFailure>();
        var succeeded = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ParallelCalls, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(entries, parallel, async (entry, ct) =>
        {
            if (entry.VariantId is not null)
            {
                failures.Add(new BatchFailure(entry.ItemId, entry.VariantId, "Taobao items are updated without SKUs here; ExternalVariantId must be null."));
                return;
            }

            var send = entry.Send(Id(entry.ItemId, "externalItemId"));
            try
            {
                await RunAsync(shop, method, idempotent: true, async (token, c) => { await send(token, c); return true; }, ct);
                Interlocked.Increment(ref succeeded);
            }
            catch (MarketplaceException ex) when (ex is MarketplaceNotFoundException or MarketplaceValidationException)
            {
                Log.ItemRefused(logger, shop.Marketplace, shop.ShopId, entry.ItemId, ex.Message);
                failures.Add(new BatchFailure(entry.ItemId, null, ex.Message));
            }
        });
        return new BatchResult(succeeded, [.. failures]);
    }
}
