using System.Collections.Concurrent;
using CommerceHub.Sandbox.Core;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Platforms.Douyin.Orders;

namespace CommerceHub.Sandbox.Platforms.Douyin.Catalog;

/// <summary>One SKU. Stock and price change only under <see cref="Gate"/>, so sales never take stock that is not there.</summary>
internal sealed class DouyinSku(long skuId, long productId, string code, string spec)
{
    public Lock Gate { get; } = new();

    public long SkuId { get; } = skuId;

    public long ProductId { get; } = productId;

    public string Code { get; } = code;

    public string Spec { get; } = spec;

    public long PriceFen { get; set; }

    public int Stock { get; set; }

    /// <summary>Held for campaigns; not sellable.</summary>
    public int Locked { get; set; }
}

internal sealed class DouyinProduct(long productId, string name, IReadOnlyList<DouyinSku> skus, DateTimeOffset created)
{
    public long ProductId { get; } = productId;

    public string Name { get; } = name;

    public IReadOnlyList<DouyinSku> Skus { get; } = skus;

    public DateTimeOffset CreateTime { get; } = created;

    /// <summary>Ticks, so concurrent SKU writes can move it with Interlocked.</summary>
    public long UpdateTicks;

    public DateTimeOffset UpdateTime => new(Interlocked.Read(ref UpdateTicks), TimeSpan.Zero);

    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref UpdateTicks, now.UtcTicks);
}

internal sealed class DouyinShopBook(string shopId)
{
    public string ShopId { get; } = shopId;

    public ConcurrentDictionary<long, DouyinProduct> Products { get; } = new();

    public ConcurrentDictionary<long, DouyinSku> Skus { get; } = new();

    public ConcurrentDictionary<string, DouyinOrder> Orders { get; } = new(StringComparer.Ordinal);
}

/// <summary>Every shop's products, SKUs and orders, created on first use for shops the registry knows.</summary>
internal sealed class DouyinCatalog(AppRegistry registry, SandboxClock clock)
{
    private readonly ConcurrentDictionary<string, DouyinShopBook> shops = new(StringComparer.Ordinal);

    // Id ranges shaped like Douyin's 19-digit product ids and 10-digit-plus SKU ids.
    private long nextProductId = 3_600_000_000_000_000_000;
    private long nextSkuId = 1_700_000_000_000;

    public DouyinShopBook? Shop(string shopId) =>
        registry.FindShop(shopId) is null ? null : shops.GetOrAdd(shopId, id => new DouyinShopBook(id));

    public DouyinSku? Sku(string shopId, long skuId) => Shop(shopId)?.Skus.GetValueOrDefault(skuId);

    public DouyinProduct Add(DouyinShopBook book, string name, IReadOnlyList<(string Code, string Spec, decimal Price, int Stock)> skus)
    {
        var productId = Interlocked.Increment(ref nextProductId);
        var list = skus.Select(s => new DouyinSku(Interlocked.Increment(ref nextSkuId), productId, s.Code, s.Spec) { PriceFen = DouyinJson.Fen(s.Price), Stock = s.Stock }).ToList();
        var now = clock.GetUtcNow();
        var product = new DouyinProduct(productId, name, list, now);
        product.Touch(now);
        foreach (var sku in list)
        {
            book.Skus[sku.SkuId] = sku;
        }

        return book.Products[productId] = product;
    }
}
