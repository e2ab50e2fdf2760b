using System.Globalization;
using System.Text.Json;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Orders;
using CommerceHub.Sandbox.Platforms.Shopee.Catalog;
using CommerceHub.Sandbox.Platforms.Shopee.Orders;

namespace CommerceHub.Sandbox.Platforms.Shopee;

/// <summary>Shopee's side of the shared admin API and scenario driver. Ids travel as strings; model "0" means no model.</summary>
internal sealed class ShopeeMarket(ShopeeCatalog catalog, ShopeeOrderBook orders, AppRegistry registry) : ISandboxMarket
{
    public IReadOnlyList<string> StatusFlow => ShopeeOrderStatus.HappyPath;

    public IReadOnlyList<SellableSku> Sellable(string shopId)
    {
        if (!TryId(shopId, out var shop) || catalog.Shop(shop) is not { } book)
        {
            return [];
        }

        var result = new List<SellableSku>();
        foreach (var item in book.Items.Values)
        {
            lock (item.Gate)
            {
                if (item.Status != ShopeeItemStatus.Normal)
                {
                    continue;
                }

                var id = Text(item.ItemId);
                result.AddRange(item.HasModel
                    ? item.Models.Select(m => new SellableSku(id, Text(m.ModelId), m.Stock))
                    : [new SellableSku(id, null, item.Stock)]);
            }
        }

        return result;
    }

    public string? TryPlaceOrder(string shopId, SellableSku sku, int quantity) =>
        TryId(shopId, out var shop) && TryId(sku.ItemId, out var item) && TryId(sku.ModelId ?? "0", out var model)
            ? orders.Place(shop, item, model, quantity)?.OrderSn
            : null;

    public bool TryMoveOrder(string shopId, string orderId, string status) =>
        TryId(shopId, out var shop) && orders.Move(shop, orderId, status.ToUpperInvariant());

    public string? OrderStatus(string shopId, string orderId)
    {
        if (!TryId(shopId, out var shop) || orders.Find(shop, orderId) is not { } order)
        {
            return null;
        }

        lock (order.Gate)
        {
            return order.Status;
        }
    }

    public object? InspectShop(string shopId)
    {
        if (!TryId(shopId, out var shop) || catalog.Shop(shop) is not { } book)
        {
            return null;
        }

        var allFields = new HashSet<string>(["item_list", "recipient_address", "package_list", "total_amount", "pay_time", "buyer_username", "cancel_by"], StringComparer.Ordinal);
        // Serialized the Shopee way, so the admin view reads like the wire JSON a connector sees.
        return JsonSerializer.SerializeToElement(new
        {
            Shop = registry.FindShop(shopId),
            book.Currency,
            Items = book.Items.Values.OrderBy(i => i.ItemId).Select(item =>
            {
                lock (item.Gate)
                {
                    return new { Item = ShopeeItemViews.BaseInfo(item, book.Currency), Models = ShopeeItemViews.ModelList(item, book.Currency) };
                }
            }).ToList(),
            Orders = book.Orders.Values.OrderBy(o => o.CreateTime).Select(o => ShopeeOrderViews.Detail(o, allFields)).ToList(),
        }, ShopeeJson.Options);
    }

    public bool LockCampaignStock(string shopId, string itemId, string? modelId, int quantity) =>
        WithItem(shopId, itemId, modelId, (item, model) =>
        {
            if (!item.TryTake(model, quantity))
            {
                return false;
            }

            item.Reserve(model, quantity);
            return true;
        });

    public void ReturnCampaignStock(string shopId, string itemId, string? modelId, int quantity) =>
        WithItem(shopId, itemId, modelId, (item, model) =>
        {
            item.Reserve(model, -quantity);
            item.Give(model, quantity);
            return true;
        });

    private bool WithItem(string shopId, string itemId, string? modelId, Func<ShopeeItem, long, bool> action)
    {
        if (!TryId(shopId, out var shop) || !TryId(itemId, out var id) || !TryId(modelId ?? "0", out var model)
            || catalog.Item(shop, id) is not { } item)
        {
            return false;
        }

        lock (item.Gate)
        {
            return action(item, model);
        }
    }

    private static bool TryId(string text, out long id) => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id);

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);
}
