using System.Collections.Concurrent;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.TikTok.Dtos;

namespace CommerceHub.Connectors.TikTok;

public sealed partial class TikTokConnector
{
    private const int MaxSkusPerCall = 100;

    // Enough calls in flight that latency never idles the shop's budget; the limiter does the pacing.
    private const int ParallelCalls = 8;

    // A SKU's warehouses change rarely; learned from the product search and kept per node.
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> warehouses = new(StringComparer.Ordinal);

    /// <summary>
    /// inventory/update per product, listing every warehouse of each SKU as TikTok requires: the hub's quantity is the
    /// SKU's total, so it goes to the first warehouse and the others are set to 0 (absolute, safe to repeat).
    /// </summary>
    public async Task<BatchResult> UpdateStockAsync(ShopRef shop, IReadOnlyList<StockUpdate> updates, CancellationToken cancellationToken = default)
    {
        if (updates.Any(u => u.Quantity < 0))
        {
            throw TikTokErrors.Client("client.stock", "Stock cannot be negative.");
        }

        await LearnWarehousesAsync(shop, [.. updates.Select(u => u.ExternalVariantId).OfType<string>()], cancellationToken);
        return await RunBatchesAsync(shop, updates.Select(u => (u.ExternalItemId, u.ExternalVariantId, Make: (Func<string, SkuInventoryDto?>)(id =>
                warehouses.TryGetValue(id, out var list) && list.Count > 0
                    ? new SkuInventoryDto(id, [.. list.Select((w, i) => new InventoryDto(w, i == 0 ? u.Quantity : 0))])
                    : null))),
            TikTokClient.InventoryApi,
            (token, cipher, productId, skus, ct) => client.UpdateInventoryAsync(token, cipher, productId, new InventoryUpdateRequest(skus), ct),
            cancellationToken);
    }

    /// <summary>Every price is checked against its currency's decimals before any call.</summary>
    public Task<BatchResult> UpdatePricesAsync(ShopRef shop, IReadOnlyList<PriceUpdate> updates, CancellationToken cancellationToken = default)
    {
        var entries = updates.Select(u => (u.ExternalItemId, u.ExternalVariantId, Price: TikTokPrices.ToWire(u.Price))).ToList();
        return RunBatchesAsync(
            shop,
            entries.Select(e => (e.ExternalItemId, e.ExternalVariantId, Make: (Func<string, SkuPriceDto?>)(id => new SkuPriceDto(id, e.Price)))),
            TikTokClient.PricesApi,
            (token, cipher, productId, skus, ct) => client.UpdatePricesAsync(token, cipher, productId, new PriceUpdateRequest(skus), ct),
            cancellationToken);
    }

    private async Task<BatchResult> RunBatchesAsync<TEntry>(
        ShopRef shop,
        IEnumerable<(string ItemId, string? VariantId, Func<string, TEntry?> Make)> updates,
        string api,
        Func<ShopToken, string, string, IReadOnlyList<TEntry>, CancellationToken, Task<EmptyData>> send,
        CancellationToken cancellationToken)
        where TEntry : class
    {
        Check(shop);
        var failures = new ConcurrentBag<BatchFailure>();
        var ready = new List<(string ItemId, string VariantId, TEntry Entry)>();
        foreach (var (itemId, variantId, make) in updates)
        {
            if (variantId is null || make(variantId) is not { } entry)
            {
                failures.Add(new BatchFailure(itemId, variantId, variantId is null ? "TikTok Shop updates SKUs: the SKU id is required." : "Unknown SKU."));
                continue;
            }

            ready.Add((itemId, variantId, entry));
        }

        var calls = ready.GroupBy(r => r.ItemId, StringComparer.Ordinal).SelectMany(g => g.Chunk(MaxSkusPerCall).Select(c => (ItemId: g.Key, Entries: c))).ToList();
        var succeeded = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ParallelCalls, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(calls, parallel, async (call, ct) =>
        {
            try
            {
                // Absolute values: repeating the call after a timeout sets the same numbers again.
                await RunAsync(shop, api, idempotent: true, (token, cipher, c) => send(token, cipher, call.ItemId, [.. call.Entries.Select(e => e.Entry)], c), ct);
                Interlocked.Add(ref succeeded, call.Entries.Length);
            }
            catch (MarketplaceException ex) when (ex is MarketplaceValidationException or MarketplaceNotFoundException)
            {
                // TikTok applies a product's update all or nothing: every entry of the call is refused.
                Log.BatchRefused(logger, shop.Marketplace, shop.ShopId, call.ItemId, ex.PlatformCode);
                foreach (var entry in call.Entries)
                {
                    failures.Add(new BatchFailure(call.ItemId, entry.VariantId, ex.Message));
                }
            }
        });
        return new BatchResult(succeeded, [.. failures]);
    }

    private async Task LearnWarehousesAsync(ShopRef shop, IReadOnlyList<string> skuIds, CancellationToken ct)
    {
        var unknown = skuIds.Where(id => !warehouses.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in unknown.Chunk(MaxSkusPerCall))
        {
            await foreach (var page in ProductPagesAsync(shop, new ProductSearchRequest(null, null, null, chunk), ct))
            {
                foreach (var sku in page.SelectMany(p => p.Skus ?? []))
                {
                    warehouses[sku.Id] = [.. (sku.Inventory ?? []).Select(i => i.WarehouseId).OfType<string>()];
                }
            }
        }
    }
}
