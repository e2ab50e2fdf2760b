using System.Text.Json;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Orders;
using CommerceHub.Sandbox.Platforms.TikTok.Catalog;
using CommerceHub.Sandbox.Platforms.TikTok.Orders;

namespace CommerceHub.Sandbox.Platforms.TikTok;

/// <summary>
/// TikTok's side of the shared admin API and scenario driver: model ids are SKU ids. A campaign lock takes the units
/// out of the SKU's warehouse stock and gives back what is left when the campaign ends.
/// </summary>
internal sealed class TikTokMarket(TikTokCatalog catalog, TikTokOrderBook orders, AppRegistry registry) : ISandboxMarket
{
    public IReadOnlyList<string> StatusFlow => TikTokOrderStatus.HappyPath;

    public IReadOnlyList<SellableSku> Sellable(string shopId)
    {
        var result = new List<SellableSku>();
        foreach (var product in catalog.Shop(shopId)?.Products.Values ?? [])
        {
            lock (product.Gate)
            {
                if (product.Status == TikTokProductStatus.Activate)
                {
                    result.AddRange(product.Skus.Select(s => new SellableSku(product.Id, s.Id, s.Available)));
                }
            }
        }

        return result;
    }

    public string? TryPlaceOrder(string shopId, SellableSku sku, int quantity) =>
        sku.ModelId is { } skuId ? orders.Place(shopId, sku.ItemId, skuId, quantity)?.Id : null;

    public bool TryMoveOrder(string shopId, string orderId, string status) => orders.Move(shopId, orderId, status.ToUpperInvariant());

    public string? OrderStatus(string shopId, string orderId)
    {
        if (orders.Find(shopId, orderId) is not { } order)
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
        if (catalog.Shop(shopId) is not { } book)
        {
            return null;
        }

        // Serialized the TikTok way, so the admin view reads like the wire JSON a connector sees.
        return JsonSerializer.SerializeToElement(new
        {
            Shop = registry.FindShop(shopId),
            book.Currency,
            book.WarehouseId,
            ShopCipher = TikTokShopCipher.For(shopId),
            Products = book.Products.Values.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => { lock (p.Gate) { return TikTokProductSearch.View(p, book); } }).ToList(),
            Orders = book.Orders.Values.OrderBy(o => o.Id, StringComparer.Ordinal).Select(o => { lock (o.Gate) { return TikTokOrderViews.Detail(o); } }).ToList(),
        }, TikTokJson.Options);
    }

    public bool LockCampaignStock(string shopId, string itemId, string? modelId, int quantity) =>
        WithSku(shopId, itemId, modelId, (product, sku) => product.TryTake(sku.Id, quantity));

    public void ReturnCampaignStock(string shopId, string itemId, string? modelId, int quantity) =>
        WithSku(shopId, itemId, modelId, (_, sku) =>
        {
            var warehouse = sku.Inventory.Keys.Order(StringComparer.Ordinal).FirstOrDefault() ?? catalog.Known(shopId).WarehouseId;
            sku.Inventory[warehouse] = sku.Inventory.GetValueOrDefault(warehouse) + quantity;
            return true;
        });

    private bool WithSku(string shopId, string itemId, string? skuId, Func<TikTokProduct, TikTokSku, bool> action)
    {
        if (skuId is null || catalog.Product(shopId, itemId) is not { } product)
        {
            return false;
        }

        lock (product.Gate)
        {
            return product.Sku(skuId) is { } sku && action(product, sku);
        }
    }
}
