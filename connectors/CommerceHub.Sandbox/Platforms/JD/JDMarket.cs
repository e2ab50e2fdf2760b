using System.Globalization;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Orders;
using CommerceHub.Sandbox.Platforms.JD.Catalog;
using CommerceHub.Sandbox.Platforms.JD.Orders;

namespace CommerceHub.Sandbox.Platforms.JD;

/// <summary>JD's side of the shared admin API and scenario driver. A sellable SKU is a JD skuId (ModelId is always null).</summary>
internal sealed class JDMarket(JDCatalog catalog, JDOrderBook orders, AppRegistry registry) : ISandboxMarket
{
    public IReadOnlyList<string> StatusFlow => JDAssumptions.HappyPath;

    public IReadOnlyList<SellableSku> Sellable(string shopId) =>
        catalog.Vender(shopId) is { } book
            ? [.. book.Skus.Values.Select(s => { lock (s.Gate) { return new SellableSku(Text(s.SkuId), null, s.Stock); } })]
            : [];

    public string? TryPlaceOrder(string shopId, SellableSku sku, int quantity) =>
        TryId(sku.ItemId, out var skuId) ? orders.Place(shopId, skuId, quantity)?.OrderId : null;

    public bool TryMoveOrder(string shopId, string orderId, string status) => orders.Move(shopId, orderId, status.ToUpperInvariant());

    public string? OrderStatus(string shopId, string orderId)
    {
        if (orders.Find(shopId, orderId) is not { } order)
        {
            return null;
        }

        lock (order.Gate)
        {
            return order.State;
        }
    }

    public object? InspectShop(string shopId) =>
        catalog.Vender(shopId) is not { } book ? null : new
        {
            Vender = registry.FindShop(shopId),
            Skus = book.Skus.Values.OrderBy(s => s.SkuId).Select(s =>
            {
                lock (s.Gate)
                {
                    return new { s.SkuId, s.WareId, s.OuterSkuId, s.Name, JdPrice = JDJson.Money(s.JdPrice), s.Stock, s.Locked };
                }
            }).ToList(),
            Orders = book.Orders.Values.OrderBy(o => o.OrderId, StringComparer.Ordinal).Select(o => JDOrderViews.Order(o, null)).ToList(),
        };

    public bool LockCampaignStock(string shopId, string itemId, string? modelId, int quantity) =>
        WithSku(shopId, itemId, sku =>
        {
            if (sku.Stock < quantity)
            {
                return false;
            }

            sku.Stock -= quantity;
            sku.Locked += quantity;
            return true;
        });

    public void ReturnCampaignStock(string shopId, string itemId, string? modelId, int quantity) =>
        WithSku(shopId, itemId, sku =>
        {
            sku.Locked = Math.Max(0, sku.Locked - quantity);
            sku.Stock += quantity;
            return true;
        });

    private bool WithSku(string shopId, string itemId, Func<JDSku, bool> action)
    {
        if (!TryId(itemId, out var skuId) || catalog.Sku(shopId, skuId) is not { } sku)
        {
            return false;
        }

        lock (sku.Gate)
        {
            return action(sku);
        }
    }

    private static bool TryId(string text, out long id) => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id);

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);
}
