using System.Collections.Concurrent;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Shopee.Dtos;

namespace CommerceHub.Connectors.Shopee;

public sealed partial class ShopeeConnector
{
    private const int MaxEntriesPerCall = 50;

    // Enough calls in flight that network latency never idles the shop's rate budget; the limiter does the pacing.
    private const int ParallelCalls = 8;

    /// <summary>update_stock takes one item and up to 50 models per call: entries are grouped by item and split.</summary>
    public Task<BatchResult> UpdateStockAsync(ShopRef shop, IReadOnlyList<StockUpdate> updates, CancellationToken cancellationToken = default)
    {
        if (updates.Any(u => u.Quantity < 0))
        {
            throw ShopeeErrors.Client("client.stock", "Stock cannot be negative.");
        }

        return RunBatchesAsync(
            shop,
            updates.Select(u => (u.ExternalItemId, u.ExternalVariantId, Entry: new StockEntryDto(VariantId(u.ExternalVariantId), [new SellerStockDto(u.Quantity)]))),
            ShopeeClient.UpdateStockPath,
            (token, itemId, entries, ct) => client.UpdateStockAsync(token, new UpdateStockRequest(itemId, entries), ct),
            cancellationToken);
    }

    /// <summary>Same shape as stock; every price is checked against the currency's decimals before any call.</summary>
    public Task<BatchResult> UpdatePricesAsync(ShopRef shop, IReadOnlyList<PriceUpdate> updates, CancellationToken cancellationToken = default)
    {
        var entries = updates.Select(u => (u.ExternalItemId, u.ExternalVariantId, Entry: new PriceEntryDto(VariantId(u.ExternalVariantId), ShopeePrices.ToWire(u.Price)))).ToList();
        return RunBatchesAsync(
            shop,
            entries,
            ShopeeClient.UpdatePricePath,
            (token, itemId, batch, ct) => client.UpdatePriceAsync(token, new UpdatePriceRequest(itemId, batch), ct),
            cancellationToken);
    }

    private async Task<BatchResult> RunBatchesAsync<TEntry>(
        ShopRef shop,
        IEnumerable<(string ItemId, string? VariantId, TEntry Entry)> updates,
        string path,
        Func<ShopToken, long, IReadOnlyList<TEntry>, CancellationToken, Task<BatchResponse>> send,
        CancellationToken cancellationToken)
    {
        Check(shop);
        var calls = updates
            .GroupBy(u => u.ItemId, StringComparer.Ordinal)
            .SelectMany(g => g.Chunk(MaxEntriesPerCall).Select(chunk => (ItemId: Id(g.Key, "externalItemId"), Entries: chunk.Select(c => c.Entry).ToList())))
            .ToList();
        var succeeded = 0;
        var failures = new ConcurrentBag<BatchFailure>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ParallelCalls, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(calls, parallel, async (call, ct) =>
        {
            // Absolute values: repeating the call after a timeout sets the same numbers again.
            var result = await RunAsync(shop, path, idempotent: true, (token, c) => send(token, call.ItemId, call.Entries, c), ct);
            Interlocked.Add(ref succeeded, result.SuccessList?.Count ?? 0);
            foreach (var failure in result.FailureList ?? [])
            {
                failures.Add(new BatchFailure(Text(call.ItemId), failure.ModelId == 0 ? null : Text(failure.ModelId), failure.FailedReason));
            }
        });
        return new BatchResult(succeeded, [.. failures]);
    }

    private static long VariantId(string? externalVariantId) => externalVariantId is null ? 0 : Id(externalVariantId, "externalVariantId");
}
