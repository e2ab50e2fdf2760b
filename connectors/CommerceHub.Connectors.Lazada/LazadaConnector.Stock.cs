using System.Collections.Concurrent;
using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Lazada.Dtos;

namespace CommerceHub.Connectors.Lazada;

public sealed partial class LazadaConnector
{
    // Enough calls in flight that latency never idles the shop's budget; the limiter does the pacing.
    private const int ParallelCalls = 4;

    /// <summary>
    /// /product/price_quantity/update takes any mix of products, by ItemId + SkuId, in batches of <see cref="LazadaOptions.SkusPerCall"/>.
    /// Lazada refuses a whole batch when one SKU is wrong (a quantity under a campaign's lock): those SKUs are reported
    /// with Lazada's reason and the rest of the batch is sent again.
    /// </summary>
    public Task<BatchResult> UpdateStockAsync(ShopRef shop, IReadOnlyList<StockUpdate> updates, CancellationToken cancellationToken = default)
    {
        if (updates.Any(u => u.Quantity < 0))
        {
            throw LazadaErrors.Client("client.stock", "Stock cannot be negative.");
        }

        return RunBatchesAsync(
            shop,
            updates.Select(u => (u.ExternalItemId, u.ExternalVariantId, Quantity: (int?)u.Quantity, Price: (string?)null)),
            cancellationToken);
    }

    /// <summary>Every price is checked against the shop's currency and its decimals before any call.</summary>
    public Task<BatchResult> UpdatePricesAsync(ShopRef shop, IReadOnlyList<PriceUpdate> updates, CancellationToken cancellationToken = default)
    {
        Check(shop);
        var currency = Currency(shop);
        var entries = updates.Select(u => (u.ExternalItemId, u.ExternalVariantId, Quantity: (int?)null, Price: (string?)LazadaPrices.ToWire(u.Price, currency))).ToList();
        return RunBatchesAsync(shop, entries, cancellationToken);
    }

    private async Task<BatchResult> RunBatchesAsync(
        ShopRef shop, IEnumerable<(string ItemId, string? VariantId, int? Quantity, string? Price)> updates, CancellationToken cancellationToken)
    {
        Check(shop);
        var failures = new ConcurrentBag<BatchFailure>();
        var entries = new List<PriceQuantitySkuDto>();
        foreach (var (itemId, variantId, quantity, price) in updates)
        {
            if (variantId is null)
            {
                failures.Add(new BatchFailure(itemId, null, "Lazada updates stock and prices per SKU: the SKU id (ExternalVariantId) is required."));
                continue;
            }

            entries.Add(new PriceQuantitySkuDto(Text(Id(itemId, "externalItemId")), Text(Id(variantId, "externalVariantId")), quantity?.ToString(System.Globalization.CultureInfo.InvariantCulture), price));
        }

        var succeeded = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ParallelCalls, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(entries.Chunk(Options.SkusPerCall), parallel, async (batch, ct) =>
        {
            var (done, refused) = await SendBatchAsync(shop, batch, ct);
            Interlocked.Add(ref succeeded, done);
            foreach (var failure in refused)
            {
                failures.Add(failure);
            }
        });
        return new BatchResult(succeeded, [.. failures]);
    }

    /// <summary>Absolute values, so the call is idempotent; a refused batch is split into the refused SKUs and a resend of the rest.</summary>
    private async Task<(int Succeeded, List<BatchFailure> Failures)> SendBatchAsync(ShopRef shop, IReadOnlyList<PriceQuantitySkuDto> batch, CancellationToken ct)
    {
        try
        {
            await RunAsync(shop, LazadaClient.PriceQuantityPath, idempotent: true, (token, c) => client.UpdatePriceQuantityAsync(token, batch, c), ct);
            return (batch.Count, []);
        }
        catch (MarketplaceValidationException ex) when (ex.PlatformCode == "500" && Problems(ex.RawBody) is { Count: > 0 } problems)
        {
            var refused = batch.Where(s => problems.ContainsKey(s.SkuId)).ToList();
            if (refused.Count == 0)
            {
                throw;
            }

            Log.SkusRefused(logger, shop.Marketplace, shop.ShopId, refused.Count);
            var failures = refused.Select(s => new BatchFailure(s.ItemId, s.SkuId, problems[s.SkuId])).ToList();
            var rest = batch.Except(refused).ToList();
            if (rest.Count == 0)
            {
                return (0, failures);
            }

            var (succeeded, more) = await SendBatchAsync(shop, rest, ct);
            return (succeeded, [.. failures, .. more]);
        }
    }

    /// <summary>Error 500's "detail": Lazada's reason per SKU, keyed by the SKU label (the SkuId sent).</summary>
    private static Dictionary<string, string> Problems(string? rawBody)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(rawBody))
        {
            return problems;
        }

        try
        {
            using var document = JsonDocument.Parse(rawBody);
            if (document.RootElement.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.Array)
            {
                foreach (var problem in detail.Deserialize<List<SkuProblemDto>>(LazadaJson.Options) ?? [])
                {
                    if (problem.SellerSku is { Length: > 0 } sku)
                    {
                        problems[sku] = $"{problem.Field}: {problem.Message}";
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not the documented shape: the caller rethrows the original error.
        }

        return problems;
    }
}
