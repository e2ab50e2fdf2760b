using System.Collections.Concurrent;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Douyin.Dtos;

namespace CommerceHub.Connectors.Douyin;

public sealed partial class DouyinConnector
{
    // Enough calls in flight that latency never idles the shop's budget; the limiter does the pacing.
    private const int ParallelCalls = 8;

    /// <summary>sku.syncStockBatch per product with absolute quantities (incremental=false), so a repeat sets the same numbers.</summary>
    public async Task<BatchResult> UpdateStockAsync(ShopRef shop, IReadOnlyList<StockUpdate> updates, CancellationToken cancellationToken = default)
    {
        if (updates.Any(u => u.Quantity < 0))
        {
            throw DouyinErrors.Client("client.stock", "Stock cannot be negative.");
        }

        Check(shop);
        var failures = new ConcurrentBag<BatchFailure>();
        var ready = new List<(long ProductId, string ItemId, string VariantId, SkuStockDto Entry)>();
        foreach (var update in updates)
        {
            if (!TryId(update.ExternalItemId, out var productId) || !TryId(update.ExternalVariantId, out var skuId))
            {
                failures.Add(new BatchFailure(update.ExternalItemId, update.ExternalVariantId, "Douyin Shop updates SKUs: numeric product and SKU ids are required."));
                continue;
            }

            ready.Add((productId, update.ExternalItemId, update.ExternalVariantId!, new SkuStockDto(skuId, update.Quantity))); // TryId succeeded on it
        }

        var calls = ready.GroupBy(r => r.ProductId).SelectMany(g => g.Chunk(client.Options.MaxStockBatch).Select(c => (ProductId: g.Key, Entries: c))).ToList();
        var succeeded = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ParallelCalls, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(calls, parallel, async (call, ct) =>
        {
            var request = new SyncStockBatchRequest(call.ProductId, Incremental: false, [.. call.Entries.Select(e => e.Entry)]);
            try
            {
                await RunAsync(shop, DouyinClient.SyncStockBatch, idempotent: true, (token, c) => client.SyncStockBatchAsync(token, request, c), ct);
                Interlocked.Add(ref succeeded, call.Entries.Length);
            }
            catch (MarketplaceException ex) when (ex is MarketplaceValidationException or MarketplaceNotFoundException)
            {
                // The batch is applied all or nothing: every entry of the call is refused.
                Log.BatchRefused(logger, shop.Marketplace, shop.ShopId, call.Entries[0].ItemId, ex.PlatformCode);
                foreach (var entry in call.Entries)
                {
                    failures.Add(new BatchFailure(entry.ItemId, entry.VariantId, ex.Message));
                }
            }
        });
        return new BatchResult(succeeded, [.. failures]);
    }

    /// <summary>sku.editPrice per SKU, in fen; every price is checked (CNY, above 0, 2 decimals) before any call.</summary>
    public async Task<BatchResult> UpdatePricesAsync(ShopRef shop, IReadOnlyList<PriceUpdate> updates, CancellationToken cancellationToken = default)
    {
        Check(shop);
        var requests = updates.Select(u => (Update: u, Fen: DouyinPrices.ToFen(u.Price))).ToList();
        var failures = new ConcurrentBag<BatchFailure>();
        var succeeded = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ParallelCalls, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(requests, parallel, async (entry, ct) =>
        {
            var (update, fen) = entry;
            if (!TryId(update.ExternalItemId, out var productId) || !TryId(update.ExternalVariantId, out var skuId))
            {
                failures.Add(new BatchFailure(update.ExternalItemId, update.ExternalVariantId, "Douyin Shop prices SKUs: numeric product and SKU ids are required."));
                return;
            }

            try
            {
                await RunAsync(shop, DouyinClient.EditPrice, idempotent: true, (token, c) => client.EditPriceAsync(token, new EditPriceRequest(productId, skuId, fen), c), ct);
                Interlocked.Increment(ref succeeded);
            }
            catch (MarketplaceException ex) when (ex is MarketplaceValidationException or MarketplaceNotFoundException)
            {
                failures.Add(new BatchFailure(update.ExternalItemId, update.ExternalVariantId, ex.Message));
            }
        });
        return new BatchResult(succeeded, [.. failures]);
    }
}
