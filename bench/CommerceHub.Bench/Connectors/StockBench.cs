using CommerceHub.Connectors.Abstractions;
using CommerceHub.Sandbox.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.Bench.Connectors;

/// <summary>One platform's part of the stock benchmark: its sandbox app and shop, its connector, its SKUs and its limit.</summary>
internal abstract class StockBench
{
    /// <summary>The name on the command line and in the output.</summary>
    public abstract string Name { get; }

    /// <summary>The platform's name in the sandbox.</summary>
    public abstract string Sandbox { get; }

    public abstract Marketplace Marketplace { get; }

    public abstract string ShopId { get; }

    /// <summary>Most SKUs one stock call carries.</summary>
    public abstract int SkusPerCall { get; }

    /// <summary>Whether a call carries the SKUs of one listing only (so batches are cut per listing).</summary>
    public abstract bool BatchPerListing { get; }

    /// <summary>The platform's limit on the stock API, in calls per second per app and shop.</summary>
    public abstract int StockCallsPerSecond { get; }

    /// <summary>The sandbox's limits for the measured phase (the platform's defaults).</summary>
    public abstract object MeasuredLimits { get; }

    /// <summary>The sandbox's app and shop; the limits stay open while the SKUs are set up.</summary>
    public abstract void AddSandboxSettings(IDictionary<string, string?> settings);

    /// <summary>The connector's configuration, its client-side limits a little under the platform's.</summary>
    public abstract IDictionary<string, string?> ConnectorSettings(SandboxHost sandbox);

    public abstract void AddConnector(IServiceCollection services);

    /// <summary>Lists the SKUs on the platform (outside the measured phase) and returns one stock update per SKU.</summary>
    public abstract Task<IReadOnlyList<StockUpdate>> SeedAsync(IServiceProvider services, ShopRef shop, int skus, SandboxHost sandbox);

    /// <summary>
    /// One stock call before the clock starts, so that the measured phase is the steady pace and not JIT compilation and
    /// connection set-up; connectors that cache stable facts per node (TikTok's SKU warehouses) learn them here.
    /// </summary>
    public virtual async Task WarmUpAsync(IServiceProvider services, ShopRef shop, IReadOnlyList<StockUpdate> updates) =>
        await services.GetRequiredKeyedService<IInventorySink>(Marketplace).UpdateStockAsync(shop, [.. updates.Take(SkusPerCall)]);

    public int Calls(IReadOnlyList<StockUpdate> updates) => BatchPerListing
        ? updates.GroupBy(u => u.ExternalItemId, StringComparer.Ordinal).Sum(g => (g.Count() + SkusPerCall - 1) / SkusPerCall)
        : (updates.Count + SkusPerCall - 1) / SkusPerCall;

    protected static ProductListing Listing(string prefix, int index, int variants, string category, string currency, decimal price) => new()
    {
        Sku = $"{prefix}-{index:D4}",
        Title = $"Bench item {index}",
        Description = "bench",
        CategoryId = category,
        Price = Money.Of(price, currency),
        WeightKg = 0.2m,
        VariationNames = ["Variant"],
        Variants = [.. Enumerable.Range(0, variants).Select(m => new ProductVariant($"{prefix}-{index:D4}-{m:D3}", [$"V{m:D3}"], Money.Of(price, currency), 1))],
    };

    protected static IReadOnlyList<StockUpdate> Updates(IEnumerable<PublishedListing> listings, int skus) =>
        [.. listings.SelectMany(l => l.Variants.Select(v => new StockUpdate(l.ExternalItemId, v.ExternalVariantId, 7))).Take(skus)];
}
