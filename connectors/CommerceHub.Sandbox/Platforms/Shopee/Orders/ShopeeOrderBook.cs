using System.Globalization;
using System.Text.Json;
using CommerceHub.Sandbox.Core;
using CommerceHub.Sandbox.Core.Tokens;
using CommerceHub.Sandbox.Core.Webhooks;
using CommerceHub.Sandbox.Platforms.Shopee.Catalog;
using CommerceHub.Sandbox.Platforms.Shopee.Push;

namespace CommerceHub.Sandbox.Platforms.Shopee.Orders;

/// <summary>Creates buyers' orders against published stock and moves them through Shopee's statuses, pushing code 3 each time.</summary>
internal sealed class ShopeeOrderBook(ShopeeCatalog catalog, SandboxClock clock, TokenStore tokens, WebhookDispatcher webhooks)
{
    private long nextOrder;

    public ShopeeOrder? Find(long shopId, string orderSn) =>
        catalog.Shop(shopId) is { } book && book.Orders.TryGetValue(orderSn, out var order) ? order : null;

    /// <summary>Null when the item is not on sale or the stock ran out; the stock check and the take are one step.</summary>
    public ShopeeOrder? Place(long shopId, long itemId, long modelId, int quantity)
    {
        if (catalog.Shop(shopId) is not { } book || catalog.Item(shopId, itemId) is not { } item)
        {
            return null;
        }

        ShopeeOrderLine line;
        lock (item.Gate)
        {
            if (item.Status != ShopeeItemStatus.Normal || !item.TryTake(modelId, quantity))
            {
                return null;
            }

            var model = item.Model(modelId);
            var modelName = model is null ? "" : string.Join(',', model.TierIndex.Select((option, tier) => item.Tiers[tier].Options[option]));
            line = new ShopeeOrderLine(item.ItemId, item.ItemName, item.ItemSku, modelId, modelName, model?.ModelSku ?? "", quantity, model?.OriginalPrice ?? item.OriginalPrice);
        }

        var now = clock.UnixSeconds;
        var sequence = Interlocked.Increment(ref nextOrder);
        var order = new ShopeeOrder
        {
            OrderSn = ShopeeOrderSamples.OrderSn(clock.GetUtcNow(), sequence),
            ShopId = shopId,
            Region = book.Region,
            Currency = book.Currency,
            Lines = [line],
            CreateTime = now,
            UpdateTime = now,
            BuyerUsername = $"buyer{sequence:D4}",
            BuyerUserId = 500_000_000 + sequence,
            Recipient = ShopeeOrderSamples.Recipient(book.Region, sequence),
            PackageNumber = $"OFG{sequence:D9}",
        };
        book.Orders[order.OrderSn] = order;
        Push(order, order.Status, now);
        return order;
    }

    public bool Move(long shopId, string orderSn, string status, string? trackingNumber = null)
    {
        if (Find(shopId, orderSn) is not { } order)
        {
            return false;
        }

        long now;
        lock (order.Gate)
        {
            if (!ShopeeOrderStatus.CanMove(order.Status, status))
            {
                return false;
            }

            now = Math.Max(clock.UnixSeconds, order.UpdateTime);
            order.Status = status;
            order.UpdateTime = now;
            ApplySideEffects(order, status, now, trackingNumber);
        }

        if (status == ShopeeOrderStatus.Cancelled)
        {
            foreach (var line in order.Lines)
            {
                ReturnStock(shopId, line);
            }
        }

        Push(order, status, now);
        return true;
    }

    private static void ApplySideEffects(ShopeeOrder order, string status, long now, string? trackingNumber)
    {
        switch (status)
        {
            case ShopeeOrderStatus.ReadyToShip:
                order.PayTime ??= now;
                break;
            case ShopeeOrderStatus.Processed:
                order.TrackingNumber = trackingNumber ?? (order.TrackingNumber.Length > 0 ? order.TrackingNumber : $"SPXVN{order.OrderSn[6..]}");
                break;
            case ShopeeOrderStatus.Cancelled:
                order.CancelBy ??= order.PayTime is null ? "system" : "buyer";
                break;
        }
    }

    private void ReturnStock(long shopId, ShopeeOrderLine line)
    {
        if (catalog.Shop(shopId) is { } book && book.Items.TryGetValue(line.ItemId, out var item))
        {
            lock (item.Gate)
            {
                item.Give(line.ModelId, line.Quantity);
            }
        }
    }

    private void Push(ShopeeOrder order, string status, long updateTime)
    {
        var shopKey = order.ShopId.ToString(CultureInfo.InvariantCulture);
        var payload = new ShopeeOrderPush(new ShopeeOrderPushData([], order.OrderSn, status, "", updateTime), order.ShopId, 3, clock.UnixSeconds);
        var body = JsonSerializer.Serialize(payload, ShopeeJson.Options);
        foreach (var appId in tokens.AuthorizedApps(shopKey))
        {
            webhooks.Publish(appId, shopKey, payload.Code, body);
        }
    }
}
