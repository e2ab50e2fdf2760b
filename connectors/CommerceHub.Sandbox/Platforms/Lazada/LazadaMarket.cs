using System.Globalization;
using System.Text.Json;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Orders;
using CommerceHub.Sandbox.Platforms.Lazada.Catalog;
using CommerceHub.Sandbox.Platforms.Lazada.Orders;

namespace CommerceHub.Sandbox.Platforms.Lazada;

/// <summary>
/// Lazada's side of the shared admin API and scenario driver: model ids are SKU ids, and an order's status is its
/// least advanced item's. A campaign lock does not move stock: it only sets the floor that stock updates must respect.
/// </summary>
internal sealed class LazadaMarket(LazadaCatalog catalog, LazadaOrderBook orders, AppRegistry registry) : ISandboxMarket
{
    public IReadOnlyList<string> StatusFlow => LazadaItemStatus.HappyPath;

    public IReadOnlyList<SellableSku> Sellable(string shopId)
    {
        var result = new List<SellableSku>();
        foreach (var product in catalog.Shop(shopId)?.Products.Values ?? [])
        {
            lock (product.Gate)
            {
                if (product.Status == LazadaProductStatus.Active)
                {
                    result.AddRange(product.Skus.Where(s => s.Status == "active").Select(s => new SellableSku(Text(product.ItemId), Text(s.SkuId), s.Quantity)));
                }
            }
        }

        return result;
    }

    public string? TryPlaceOrder(string shopId, SellableSku sku, int quantity) =>
        TryId(sku.ItemId, out var itemId) && TryId(sku.ModelId, out var skuId) && orders.Place(shopId, itemId, skuId, quantity) is { } order
            ? Text(order.OrderId)
            : null;

    public bool TryMoveOrder(string shopId, string orderId, string status) =>
        TryId(orderId, out var id) && orders.Move(shopId, id, status.ToLowerInvariant()).Count > 0;

    public string? OrderStatus(string shopId, string orderId)
    {
        if (!TryId(orderId, out var id) || orders.Find(shopId, id) is not { } order)
        {
            return null;
        }

        lock (order.Gate)
        {
            var flow = LazadaItemStatus.HappyPath;
            var onFlow = order.Items.Where(i => flow.Contains(i.Status)).Select(i => i.Status).ToList();
            return onFlow.Count > 0 ? onFlow.MinBy(s => flow.ToList().IndexOf(s)) : order.Items[0].Status;
        }
    }

    public object? InspectShop(string shopId)
    {
        if (catalog.Shop(shopId) is not { } book)
        {
            return null;
        }

        // Serialized the Lazada way, so the admin view reads like the wire JSON a connector sees.
        return JsonSerializer.SerializeToElement(new
        {
            Shop = registry.FindShop(shopId),
            book.Market.Currency,
            Products = book.Products.Values.OrderBy(p => p.ItemId).Select(p => { lock (p.Gate) { return LazadaProductViews.Product(p); } }).ToList(),
            Orders = book.Orders.Values.OrderBy(o => o.OrderId).Select(o =>
            {
                lock (o.Gate)
                {
                    var view = LazadaOrderViews.Order(o);
                    view["items"] = o.Items.Select(i => LazadaOrderViews.Item(o, i)).ToList();
                    return view;
                }
            }).ToList(),
        }, LazadaJson.Options);
    }

    public bool LockCampaignStock(string shopId, string itemId, string? modelId, int quantity)
    {
        if (!TryId(itemId, out var item) || !TryId(modelId, out var skuId) || catalog.Product(shopId, item) is not { } product)
        {
            return false;
        }

        lock (product.Gate)
        {
            return product.Sku(skuId) is { } sku && sku.Quantity >= quantity;
        }
    }

    // The lock never took stock away, so ending the campaign only lifts the floor (the ledger already forgot it).
    public void ReturnCampaignStock(string shopId, string itemId, string? modelId, int quantity)
    {
    }

    private static bool TryId(string? text, out long id) => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id);

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);
}
