using System.Globalization;
using System.Text.Json;
using CommerceHub.Sandbox.Core;
using CommerceHub.Sandbox.Core.Tokens;
using CommerceHub.Sandbox.Core.Webhooks;
using CommerceHub.Sandbox.Platforms.Lazada.Catalog;
using CommerceHub.Sandbox.Platforms.Lazada.Push;

namespace CommerceHub.Sandbox.Platforms.Lazada.Orders;

/// <summary>Creates buyers' orders against published stock and moves their items through Lazada's statuses, pushing message_type 0 per item.</summary>
internal sealed class LazadaOrderBook(LazadaCatalog catalog, SandboxClock clock, TokenStore tokens, WebhookDispatcher webhooks)
{
    public const int OrderMessage = 0;

    // Fifteen-digit ids like Lazada's trade order ids (e.g. 260422900198363).
    private long nextOrderId = 300_000_000_000_000;
    private long nextItemId = 400_000_000_000_000;
    private long nextPackage = 10_000_000;

    public string NewPackageId() => $"FP{Interlocked.Increment(ref nextPackage)}";

    public LazadaOrder? Find(string sellerId, long orderId) =>
        catalog.Shop(sellerId) is { } book && book.Orders.TryGetValue(orderId, out var order) ? order : null;

    /// <summary>Null when the SKU is not on sale or the stock ran out; the check and the take are one step under the product lock.</summary>
    public LazadaOrder? Place(string sellerId, long itemId, long skuId, int quantity)
    {
        if (catalog.Shop(sellerId) is not { } book || catalog.Product(sellerId, itemId) is not { } product)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        List<LazadaOrderItem> items;
        lock (product.Gate)
        {
            if (!product.TryTake(skuId, quantity))
            {
                return null;
            }

            var sku = product.Sku(skuId)!; // TryTake succeeded, so the SKU exists.
            var price = sku.SpecialPrice is > 0 ? sku.SpecialPrice.Value : sku.Price;
            var name = product.Attributes.GetValueOrDefault("name", "");
            items = [.. Enumerable.Range(0, quantity).Select(_ => new LazadaOrderItem
            {
                OrderItemId = Interlocked.Increment(ref nextItemId),
                ItemId = itemId,
                SkuId = skuId,
                SellerSku = sku.SellerSku,
                ShopSku = sku.ShopSku,
                Name = name,
                Price = price,
                UpdatedAt = now,
            })];
        }

        var orderId = Interlocked.Increment(ref nextOrderId);
        var order = new LazadaOrder
        {
            OrderId = orderId,
            SellerId = sellerId,
            Currency = book.Market.Currency,
            Offset = book.Market.Offset,
            CreatedAt = now,
            UpdatedAt = now,
            CustomerFirstName = $"Buyer {orderId % 10_000}",
            Address = Address(book.Region, orderId),
            Items = items,
        };
        book.Orders[orderId] = order;
        foreach (var item in items)
        {
            Push(order, item, book.Market.Site);
        }

        return order;
    }

    /// <summary>
    /// Moves the listed items (every item when null) that may make the move to <paramref name="status"/>, running
    /// <paramref name="onMove"/> on each under the order lock; returns the items that moved.
    /// </summary>
    public IReadOnlyList<LazadaOrderItem> Move(string sellerId, long orderId, string status, IReadOnlyCollection<long>? itemIds = null, Action<LazadaOrderItem>? onMove = null)
    {
        if (Find(sellerId, orderId) is not { } order || catalog.Shop(sellerId) is not { } book)
        {
            return [];
        }

        var moved = new List<LazadaOrderItem>();
        lock (order.Gate)
        {
            var now = clock.GetUtcNow() > order.UpdatedAt ? clock.GetUtcNow() : order.UpdatedAt;
            foreach (var item in order.Items.Where(i => (itemIds is null || itemIds.Contains(i.OrderItemId)) && LazadaItemStatus.CanMove(i.Status, status)))
            {
                item.Status = status;
                item.UpdatedAt = now;
                onMove?.Invoke(item);
                moved.Add(item);
            }

            order.UpdatedAt = moved.Count > 0 ? now : order.UpdatedAt;
        }

        foreach (var item in moved)
        {
            if (status == LazadaItemStatus.Canceled && catalog.Product(sellerId, item.ItemId) is { } product)
            {
                lock (product.Gate)
                {
                    if (product.Sku(item.SkuId) is { } sku)
                    {
                        sku.Quantity += 1;
                    }
                }
            }

            Push(order, item, book.Market.Site);
        }

        return moved;
    }

    private void Push(LazadaOrder order, LazadaOrderItem item, string site)
    {
        string status;
        DateTimeOffset at;
        lock (order.Gate)
        {
            (status, at) = (item.Status, item.UpdatedAt);
        }

        var data = new LazadaOrderPushData(status, at.ToUnixTimeSeconds(), Text(order.OrderId), Text(item.OrderItemId));
        var body = JsonSerializer.Serialize(new LazadaOrderPush(order.SellerId, OrderMessage, data, clock.GetUtcNow().ToUnixTimeMilliseconds(), site), LazadaJson.Options);
        foreach (var appId in tokens.AuthorizedApps(order.SellerId))
        {
            webhooks.Publish(appId, order.SellerId, OrderMessage, body);
        }
    }

    private static LazadaAddress Address(string region, long orderId) => region switch
    {
        "TH" => new LazadaAddress($"Buyer {orderId % 10_000}", "Sandbox", "66******89", "99 Sukhumvit Rd, Khlong Toei", "Bangkok", "10110", "Thailand"),
        _ => new LazadaAddress($"Buyer {orderId % 10_000}", "Sandbox", "84******89", "12 Le Loi, Ben Nghe, Quan 1", "Ho Chi Minh", "700000", "Vietnam"),
    };

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);
}
