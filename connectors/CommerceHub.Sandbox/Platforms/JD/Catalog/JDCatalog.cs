using System.Collections.Concurrent;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Platforms.JD.Orders;

namespace CommerceHub.Sandbox.Platforms.JD.Catalog;

/// <summary>One SKU of a ware. Stock and price change only under <see cref="Gate"/>, so sales never take stock that is not there.</summary>
internal sealed class JDSku(long skuId, long wareId, string name, string outerSkuId)
{
    public Lock Gate { get; } = new();

    public long SkuId { get; } = skuId;

    public long WareId { get; } = wareId;

    public string Name { get; } = name;

    public string OuterSkuId { get; } = outerSkuId;

    public decimal JdPrice { get; set; }

    public int Stock { get; set; }

    /// <summary>Held for campaigns; not sellable.</summary>
    public int Locked { get; set; }
}

internal sealed class JDVenderBook(string venderId)
{
    public string VenderId { get; } = venderId;

    public ConcurrentDictionary<long, JDSku> Skus { get; } = new();

    public ConcurrentDictionary<string, JDOrder> Orders { get; } = new(StringComparer.Ordinal);
}

/// <summary>Every seller's SKUs and orders, created on first use for sellers the registry knows.</summary>
internal sealed class JDCatalog(AppRegistry registry)
{
    private readonly ConcurrentDictionary<string, JDVenderBook> venders = new(StringComparer.Ordinal);

    // Readable id ranges shaped like JD's: wares 10000xxxxxxx, SKUs 100xxxxxxxxx.
    private long nextWareId = 10_000_000_000;
    private long nextSkuId = 100_000_000_000;

    public JDVenderBook? Vender(string venderId) =>
        registry.FindShop(venderId) is null ? null : venders.GetOrAdd(venderId, id => new JDVenderBook(id));

    public JDSku? Sku(string venderId, long skuId) => Vender(venderId)?.Skus.GetValueOrDefault(skuId);

    public JDSku Add(JDVenderBook book, string name, string? outerSkuId, decimal price, int stock)
    {
        var skuId = Interlocked.Increment(ref nextSkuId);
        var sku = new JDSku(skuId, Interlocked.Increment(ref nextWareId), name, outerSkuId ?? $"OUTER-{skuId}") { JdPrice = price, Stock = stock };
        return book.Skus[skuId] = sku;
    }
}
