using System.Globalization;
using System.Text.Json;
using CommerceHub.Sandbox.Core;
using CommerceHub.Sandbox.Core.Tokens;
using CommerceHub.Sandbox.Core.Webhooks;
using CommerceHub.Sandbox.Platforms.TikTok.Catalog;
using CommerceHub.Sandbox.Platforms.TikTok.Push;

namespace CommerceHub.Sandbox.Platforms.TikTok.Orders;

/// <summary>Creates buyers' orders against published stock and moves them through TikTok's statuses, sending webhook type 1 each time.</summary>
internal sealed class TikTokOrderBook(TikTokCatalog catalog, SandboxClock clock, TokenStore tokens, WebhookDispatcher webhooks)
{
    public const int OrderStatusChange = 1;

    // Eighteen-digit order ids like TikTok's (e.g. 576461413038785752).
    private long nextOrder = 576_000_000_000_000_000;
    private long nextLine = 577_000_000_000_000_000;
    private long nextPackage = 1_152_000_000_000_000_000;
    private long nextNotification = 7_327_000_000_000_000_000;

    public TikTokOrder? Find(string shopId, string orderId) =>
        catalog.Shop(shopId) is { } book && book.Orders.TryGetValue(orderId, out var order) ? order : null;

    /// <summary>Null when the SKU is not on sale or the stock ran out; the check and the take are one step under the product lock.</summary>
    public TikTokOrder? Place(string shopId, string productId, string skuId, int quantity)
    {
        if (catalog.Shop(shopId) is not { } book || catalog.Product(shopId, productId) is not { } product)
        {
            return null;
        }

        List<TikTokLineItem> lines;
        lock (product.Gate)
        {
            if (!product.TryTake(skuId, quantity))
            {
                return null;
            }

            var sku = product.Sku(skuId)!; // TryTake succeeded, so the SKU exists.
            lines = [.. Enumerable.Range(0, quantity).Select(_ => new TikTokLineItem(Next(ref nextLine), productId, product.Title, skuId, sku.SellerSku, sku.Price))];
        }

        var now = clock.UnixSeconds;
        var id = Next(ref nextOrder);
        var order = new TikTokOrder
        {
            Id = id,
            ShopId = shopId,
            Currency = book.Currency,
            WarehouseId = book.WarehouseId,
            PackageId = Next(ref nextPackage),
            CreateTime = now,
            UpdateTime = now,
            LineItems = lines,
            Recipient = book.Region == "TH"
                ? new TikTokRecipient($"Buyer {id[^4..]}", "(+66)8******89", "99 Sukhumvit Rd, Khlong Toei, Bangkok", "10110", "TH")
                : new TikTokRecipient($"Buyer {id[^4..]}", "(+84)9******89", "12 Le Loi, Ben Nghe, Quan 1, Ho Chi Minh", "700000", "VN"),
        };
        order.History.Add((order.Status, now));
        book.Orders[id] = order;
        Push(order, order.Status, now);
        return order;
    }

    public bool Move(string shopId, string orderId, string status, string? trackingNumber = null)
    {
        if (Find(shopId, orderId) is not { } order)
        {
            return false;
        }

        long now;
        lock (order.Gate)
        {
            if (!TikTokOrderStatus.CanMove(order.Status, status))
            {
                return false;
            }

            now = Math.Max(clock.UnixSeconds, order.UpdateTime);
            order.Status = status;
            order.UpdateTime = now;
            order.History.Add((status, now));
            order.PaidTime ??= status is TikTokOrderStatus.OnHold or TikTokOrderStatus.AwaitingShipment ? now : null;
            if (status == TikTokOrderStatus.AwaitingCollection)
            {
                order.TrackingNumber = trackingNumber ?? $"SPXVN{order.Id[^10..]}";
                order.ShippingProvider = "TikTok Shipping";
            }
        }

        if (status == TikTokOrderStatus.Cancelled)
        {
            ReturnStock(shopId, order);
        }

        Push(order, status, now);
        return true;
    }

    private void ReturnStock(string shopId, TikTokOrder order)
    {
        foreach (var line in order.LineItems)
        {
            if (catalog.Product(shopId, line.ProductId) is { } product)
            {
                lock (product.Gate)
                {
                    if (product.Sku(line.SkuId) is { } sku && sku.Inventory.Keys.Order(StringComparer.Ordinal).FirstOrDefault() is { } warehouse)
                    {
                        sku.Inventory[warehouse] += 1;
                    }
                }
            }
        }
    }

    private void Push(TikTokOrder order, string status, long updateTime)
    {
        var payload = new TikTokPush(OrderStatusChange, Next(ref nextNotification), order.ShopId, clock.UnixSeconds,
            new TikTokOrderPushData(order.Id, status, status == TikTokOrderStatus.OnHold, updateTime));
        var body = JsonSerializer.Serialize(payload, TikTokJson.Options);
        foreach (var appId in tokens.AuthorizedApps(order.ShopId))
        {
            webhooks.Publish(appId, order.ShopId, OrderStatusChange, body);
        }
    }

    private static string Next(ref long counter) => Interlocked.Increment(ref counter).ToString(CultureInfo.InvariantCulture);
}
