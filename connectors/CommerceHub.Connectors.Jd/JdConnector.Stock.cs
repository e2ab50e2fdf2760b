using System.Collections.Concurrent;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Jd.Dtos;
using A = CommerceHub.Connectors.Jd.JdConnectorAssumptions;

namespace CommerceHub.Connectors.Jd;

public sealed partial class JdConnector
{
    /// <summary>
    /// JD stocks per SKU, one SKU per call (no batch method is documented), stockNum absolute: calls run in parallel
    /// under the vender's limiter and are retried freely. A refused SKU is reported with JD's Chinese reason.
    /// </summary>
    public Task<BatchResult> UpdateStockAsync(ShopRef shop, IReadOnlyList<StockUpdate> updates, CancellationToken cancellationToken = default)
    {
        Check(shop);
        if (updates.Any(u => u.Quantity < 0))
        {
            throw JdErrors.Client("client.stock", "Stock cannot be negative.");
        }

        return PerSkuAsync(shop, A.UpdateStock, [.. updates.Select(u => (u.ExternalItemId, u.ExternalVariantId,
            (Func<long, Func<ShopToken, CancellationToken, Task<WriteResponse>>>)(sku => (token, ct) => client.UpdateStockAsync(token, sku, u.Quantity, ct))))], cancellationToken);
    }

    /// <summary>jdPrice in CNY yuan with at most 2 decimals, checked for every entry before any call.</summary>
    public Task<BatchResult> UpdatePricesAsync(ShopRef shop, IReadOnlyList<PriceUpdate> updates, CancellationToken cancellationToken = default)
    {
        Check(shop);
        var wire = updates.Select(u => (Update: u, Price: JdPrices.ToWire(u.Price))).ToList();
        return PerSkuAsync(shop, A.UpdatePrice, [.. wire.Select(w => (w.Update.ExternalItemId, w.Update.ExternalVariantId,
            (Func<long, Func<ShopToken, CancellationToken, Task<WriteResponse>>>)(sku => (token, ct) => client.UpdatePriceAsync(token, sku, w.Price, ct))))], cancellationToken);
    }

    private async Task<BatchResult> PerSkuAsync(
        ShopRef shop, string method, IReadOnlyList<(string ItemId, string? SkuId, Func<long, Func<ShopToken, CancellationToken, Task<WriteResponse>>> Send)> entries, CancellationToken cancellationToken)
    {
        var failures = new ConcurrentBag<BatchFailure>();
        var succeeded = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ParallelCalls, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(entries, parallel, async (entry, ct) =>
        {
            if (entry.SkuId is null)
            {
                failures.Add(new BatchFailure(entry.ItemId, null, "JD stocks and prices per SKU: the SKU id (ExternalVariantId) is required."));
                return;
            }

            var send = entry.Send(Id(entry.SkuId, "externalVariantId"));
            var answer = await RunAsync(shop, method, idempotent: true, send, ct);
            if (answer.Success)
            {
                Interlocked.Increment(ref succeeded);
                return;
            }

            var reason = $"{answer.ApiResult?.ChineseErrCode} ({answer.ApiResult?.EnglishErrCode})";
            Log.SkuRefused(logger, shop.Marketplace, shop.ShopId, entry.SkuId, reason);
            failures.Add(new BatchFailure(entry.ItemId, entry.SkuId, reason));
        });
        return new BatchResult(succeeded, [.. failures]);
    }
}
