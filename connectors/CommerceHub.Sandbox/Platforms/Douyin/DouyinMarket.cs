using System.Globalization;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Orders;
using CommerceHub.Sandbox.Platforms.Douyin.Catalog;
using CommerceHub.Sandbox.Platforms.Douyin.Orders;

namespace CommerceHub.Sandbox.Platforms.Douyin;

/// <summary>Douyin's side of the shared admin API and scenario driver: ItemId is the product id, ModelId the SKU id.</summary>
internal sealed class DouyinMarket(DouyinCatalog catalog, DouyinOrderBook orders, AppRegistry registry) : ISandboxMarket
{
    public IReadOnlyList<string> StatusFlow => DouyinAssumptions.HappyPath;

    public IReadOnlyList<SellableSku> Sellable(string shopId) =>
        catalog.Shop(shopId) is { } book
            ? [.. book.Skus.Values.Select(s => { lock (s.Gate) { return new SellableSku(Text(s.ProductId), Text(s.SkuId), s.Stock); } })]
            : [];

    public string? TryPlaceOrder(string shopId, SellableSku sku, int quantity) =>
        TryId(sku.ModelId, out var skuId) ? orders.Place(shopId, skuId, quantity)?.ShopOrderId : null;

    public bool TryMoveOrder(string shopId, string orderId, string status) => orders.Move(shopId, orderId, status);

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

    public object? InspectShop(string shopId) =>
        catalog.Shop(shopId) is not { } book ? null : new
        {
            Shop = registry.FindShop(shopId),
            Products = book.Products.Values.OrderBy(p => p.ProductId).Select(p => new
            {
                p.ProductId,
                p.Name,
                Skus = p.Skus.Select(s =>
                {
                    lock (s.Gate)
                    {
                        return new { s.SkuId, s.Code, s.Spec, s.PriceFen, s.Stock, s.Locked };
                    }
                }).ToList(),
            }).ToList(),
            Orders = book.Orders.Values.OrderBy(o => o.ShopOrderId, StringComparer.Ordinal).Select(DouyinOrderViews.Order).ToList(),
        };

    public bool LockCampaignStock(string shopId, string itemId, string? modelId, int quantity) =>
        WithSku(shopId, modelId, sku =>
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
        WithSku(shopId, modelId, sku =>
        {
            var back = Math.Min(sku.Locked, quantity);
            sku.Locked -= back;
            sku.Stock += back;
            return true;
        });

    private bool WithSku(string shopId, string? modelId, Func<DouyinSku, bool> action)
    {
        if (!TryId(modelId, out var skuId) || catalog.Sku(shopId, skuId) is not { } sku)
        {
            return false;
        }

        lock (sku.Gate)
        {
            return action(sku);
        }
    }

    private static bool TryId(string? text, out long id) => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id);

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);
}
