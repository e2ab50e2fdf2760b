using System.Globalization;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Orders;
using CommerceHub.Sandbox.Platforms.Taobao.Catalog;
using CommerceHub.Sandbox.Platforms.Taobao.Orders;

namespace CommerceHub.Sandbox.Platforms.Taobao;

/// <summary>Taobao's side of the shared admin API and scenario driver. A sellable SKU is an item (num_iid); ModelId is always null.</summary>
internal sealed class TaobaoMarket(TaobaoCatalog catalog, TaobaoTradeBook trades, AppRegistry registry) : ISandboxMarket
{
    public IReadOnlyList<string> StatusFlow => TaobaoAssumptions.HappyPath;

    public IReadOnlyList<SellableSku> Sellable(string shopId) =>
        catalog.Seller(shopId) is { } book
            ? [.. book.Items.Values.Select(i => { lock (i.Gate) { return new SellableSku(Text(i.NumIid), null, i.Num); } })]
            : [];

    public string? TryPlaceOrder(string shopId, SellableSku sku, int quantity) =>
        TryId(sku.ItemId, out var numIid) ? trades.Place(shopId, numIid, quantity) is { } trade ? Text(trade.Tid) : null : null;

    public bool TryMoveOrder(string shopId, string orderId, string status) =>
        TryId(orderId, out var tid) && trades.Move(shopId, tid, status.ToUpperInvariant());

    public string? OrderStatus(string shopId, string orderId)
    {
        if (!TryId(orderId, out var tid) || trades.Find(shopId, tid) is not { } trade)
        {
            return null;
        }

        lock (trade.Gate)
        {
            return trade.Status;
        }
    }

    public object? InspectShop(string shopId) =>
        catalog.Seller(shopId) is not { } book ? null : new
        {
            Seller = registry.FindShop(shopId),
            Items = book.Items.Values.OrderBy(i => i.NumIid).Select(i =>
            {
                lock (i.Gate)
                {
                    return new { i.NumIid, i.Title, i.Description, i.OuterId, i.Cid, Price = TaobaoJson.Money(i.Price), i.Num, i.Locked, i.ApproveStatus };
                }
            }).ToList(),
            Trades = book.Trades.Values.OrderBy(t => t.Tid).Select(t => TaobaoTradeViews.Trade(t, null)).ToList(),
        };

    public bool LockCampaignStock(string shopId, string itemId, string? modelId, int quantity) =>
        WithItem(shopId, itemId, item =>
        {
            if (item.Num < quantity)
            {
                return false;
            }

            item.Num -= quantity;
            item.Locked += quantity;
            return true;
        });

    public void ReturnCampaignStock(string shopId, string itemId, string? modelId, int quantity) =>
        WithItem(shopId, itemId, item =>
        {
            item.Locked = Math.Max(0, item.Locked - quantity);
            item.Num += quantity;
            return true;
        });

    private bool WithItem(string shopId, string itemId, Func<TaobaoItem, bool> action)
    {
        if (!TryId(itemId, out var numIid) || catalog.Item(shopId, numIid) is not { } item)
        {
            return false;
        }

        lock (item.Gate)
        {
            return action(item);
        }
    }

    private static bool TryId(string text, out long id) => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id);

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);
}
