using System.Collections.Concurrent;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Platforms.Taobao.Orders;

namespace CommerceHub.Sandbox.Platforms.Taobao.Catalog;

/// <summary>One listing (no SKU level). Stock and price change only under <see cref="Gate"/>, so sales never oversell.</summary>
internal sealed class TaobaoItem(long numIid, DateTimeOffset created)
{
    public Lock Gate { get; } = new();

    public long NumIid { get; } = numIid;

    public DateTimeOffset Created { get; } = created;

    public DateTimeOffset Modified { get; set; } = created;

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public string OuterId { get; set; } = "";

    public long Cid { get; set; }

    public decimal Price { get; set; }

    public int Num { get; set; }

    /// <summary>onsale (buyable) or instock (delisted), as approve_status reads.</summary>
    public string ApproveStatus { get; set; } = "onsale";

    /// <summary>Held for campaigns; not sellable.</summary>
    public int Locked { get; set; }
}

internal sealed class TaobaoSellerBook(string sellerId, string nick)
{
    public string SellerId { get; } = sellerId;

    public string Nick { get; } = nick;

    public ConcurrentDictionary<long, TaobaoItem> Items { get; } = new();

    public ConcurrentDictionary<long, TaobaoTrade> Trades { get; } = new();
}

/// <summary>Every seller's items and trades, created on first use for sellers the registry knows; the shop name is the seller nick.</summary>
internal sealed class TaobaoCatalog(AppRegistry registry)
{
    private readonly ConcurrentDictionary<string, TaobaoSellerBook> sellers = new(StringComparer.Ordinal);
    private long nextNumIid = 600_000_000_000;

    public TaobaoSellerBook? Seller(string sellerId) =>
        registry.FindShop(sellerId) is { } shop ? sellers.GetOrAdd(sellerId, id => new TaobaoSellerBook(id, shop.Name)) : null;

    public TaobaoItem? Item(string sellerId, long numIid) => Seller(sellerId)?.Items.GetValueOrDefault(numIid);

    public long NewNumIid() => Interlocked.Increment(ref nextNumIid);
}
