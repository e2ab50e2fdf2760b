using System.Collections.Concurrent;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Tiki.Dtos;

namespace CommerceHub.Connectors.Tiki;

public sealed partial class TikiConnector
{
    private const int MaxEntriesPerCall = 50;
    // Enough calls in flight that latency never idles the seller's budget (100/s at 50 entries a call); the limiter does the pacing.
    private const int ParallelCalls = 8;
    private const string Approved = "approved";

    /// <summary>
    /// Every Tiki variant is its own product: an entry is keyed by its variant id when it has one (the product id the
    /// hub keeps per variant SKU), otherwise by its item id.
    /// </summary>
    public Task<BatchResult> UpdateStockAsync(ShopRef shop, IReadOnlyList<StockUpdate> updates, CancellationToken cancellationToken = default)
    {
        if (updates.Any(u => u.Quantity < 0))
        {
            throw TikiErrors.Client("client.stock", "Stock cannot be negative.");
        }

        var warehouse = client.Options.WarehouseId;
        return RunBatchesAsync(shop, [.. updates.Select(u => new UpdateSkuRequest(Id(u.ExternalVariantId ?? u.ExternalItemId, "externalItemId"), WarehouseQuantities: [new WarehouseQuantityDto(warehouse, u.Quantity)]))], cancellationToken);
    }

    /// <summary>Whole VND only: every price is checked before the first call, so a bad entry sends nothing.</summary>
    public Task<BatchResult> UpdatePricesAsync(ShopRef shop, IReadOnlyList<PriceUpdate> updates, CancellationToken cancellationToken = default)
    {
        var entries = updates.Select(u => new UpdateSkuRequest(Id(u.ExternalItemId, "externalItemId"), Price: TikiPrices.ToWire(u.Price))).ToList();
        return RunBatchesAsync(shop, entries, cancellationToken);
    }

    /// <summary>One entry goes to updateSku; more go to updateSkus in chunks of 50. Absolute values, so retries are safe.</summary>
    private async Task<BatchResult> RunBatchesAsync(ShopRef shop, List<UpdateSkuRequest> entries, CancellationToken cancellationToken)
    {
        Check(shop);
        if (entries.Count == 0)
        {
            return new BatchResult(0, []);
        }

        if (entries.Count == 1)
        {
            try
            {
                await RunAsync(shop, TikiClient.UpdateSkuPath, idempotent: true, (token, ct) => client.UpdateSkuAsync(token, entries[0], ct), cancellationToken);
                return new BatchResult(1, []);
            }
            catch (MarketplaceException ex) when (ex is MarketplaceNotFoundException or MarketplaceValidationException)
            {
                // Same outcome as a rejected updateSkus entry: the caller sees one refused entry, not an exception.
                return new BatchResult(0, [new BatchFailure(Text(entries[0].ProductId), null, ex.Message)]);
            }
        }

        var succeeded = 0;
        var failures = new ConcurrentBag<BatchFailure>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ParallelCalls, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(entries.Chunk(MaxEntriesPerCall), parallel, async (chunk, ct) =>
        {
            var result = await RunAsync(shop, TikiClient.UpdateSkusPath, idempotent: true, (token, c) => client.UpdateSkusAsync(token, new UpdateSkusRequest(chunk), c), ct);
            foreach (var (entry, index) in (result.Data ?? []).Select((e, i) => (e, i)))
            {
                if (entry.State == Approved)
                {
                    Interlocked.Increment(ref succeeded);
                }
                else
                {
                    failures.Add(new BatchFailure(Text(entry.ProductId ?? chunk[index].ProductId), null, entry.Reason ?? entry.State));
                }
            }
        });
        return new BatchResult(succeeded, [.. failures]);
    }
}
