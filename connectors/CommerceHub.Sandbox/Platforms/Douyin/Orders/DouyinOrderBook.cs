using System.Globalization;
using System.Text.Json;
using CommerceHub.Sandbox.Core;
using CommerceHub.Sandbox.Core.Tokens;
using CommerceHub.Sandbox.Core.Webhooks;
using CommerceHub.Sandbox.Platforms.Douyin.Catalog;

namespace CommerceHub.Sandbox.Platforms.Douyin.Orders;

/// <summary>Creates buyers' orders against published stock, moves them through Douyin's statuses and pushes every change.</summary>
internal sealed class DouyinOrderBook(DouyinCatalog catalog, SandboxClock clock, TokenStore tokens, WebhookDispatcher webhooks)
{
    private long nextOrder;
    private long nextMessage;

    public DouyinOrder? Find(string shopId, string orderId) =>
        catalog.Shop(shopId) is { } book && book.Orders.TryGetValue(orderId, out var order) ? order : null;

    /// <summary>Null when the SKU's stock ran out; the check and the take are one step under the SKU's lock.</summary>
    public DouyinOrder? Place(string shopId, long skuId, int quantity)
    {
        if (catalog.Shop(shopId) is not { } book || !book.Skus.TryGetValue(skuId, out var sku) || !book.Products.TryGetValue(sku.ProductId, out var product))
        {
            return null;
        }

        var sequence = Interlocked.Increment(ref nextOrder);
        // 19-digit ids like Douyin's; a shop order's SKU order ids come from their own range.
        var orderId = (6_920_000_000_000_000_000 + sequence).ToString(CultureInfo.InvariantCulture);
        DouyinOrderLine line;
        lock (sku.Gate)
        {
            if (quantity < 1 || sku.Stock < quantity)
            {
                return null;
            }

            sku.Stock -= quantity;
            line = new DouyinOrderLine((6_930_000_000_000_000_000 + sequence).ToString(CultureInfo.InvariantCulture), product.ProductId, product.Name, sku.SkuId, sku.Code, sku.Spec, sku.PriceFen, quantity);
        }

        var now = clock.GetUtcNow();
        var order = new DouyinOrder
        {
            ShopOrderId = orderId,
            ShopId = shopId,
            Lines = [line],
            CreateTime = now,
            UpdateTime = now,
            Receiver = $"抖音买家{sequence}",
        };
        book.Orders[orderId] = order;
        Push(order, order.Status, now);
        return order;
    }

    public bool Move(string shopId, string orderId, string status, string? company = null, string? trackingNo = null)
    {
        if (Find(shopId, orderId) is not { } order)
        {
            return false;
        }

        DateTimeOffset updated;
        lock (order.Gate)
        {
            if (!DouyinOrderState.CanMove(order.Status, status))
            {
                return false;
            }

            var now = clock.GetUtcNow();
            order.Status = status;
            order.UpdateTime = now > order.UpdateTime ? now : order.UpdateTime;
            order.Company = company ?? order.Company;
            order.TrackingNo = trackingNo ?? order.TrackingNo;
            order.ShipTime = status == "3" ? order.UpdateTime : order.ShipTime;
            updated = order.UpdateTime;
        }

        if (status == "4")
        {
            foreach (var line in order.Lines)
            {
                if (catalog.Sku(shopId, line.SkuId) is { } sku)
                {
                    lock (sku.Gate)
                    {
                        sku.Stock += line.Quantity;
                    }
                }
            }
        }

        Push(order, status, updated);
        return true;
    }

    /// <summary>The body is a JSON array of messages whose data is itself a JSON string, as Douyin sends them.</summary>
    private void Push(DouyinOrder order, string status, DateTimeOffset updated)
    {
        var tag = DouyinAssumptions.PushTag(status);
        var data = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["p_id"] = long.Parse(order.ShopOrderId, CultureInfo.InvariantCulture),
            ["s_ids"] = order.Lines.Select(l => long.Parse(l.SkuOrderId, CultureInfo.InvariantCulture)).ToList(),
            ["shop_id"] = long.TryParse(order.ShopId, CultureInfo.InvariantCulture, out var shop) ? shop : 0,
            ["order_status"] = int.Parse(status, CultureInfo.InvariantCulture),
            ["order_type"] = 0,
            ["update_time"] = updated.ToUnixTimeSeconds(),
        }, DouyinJson.Options);
        var messageId = $"{clock.UnixSeconds}{Interlocked.Increment(ref nextMessage):D8}";
        var body = JsonSerializer.Serialize(new[] { new { tag = tag.ToString(CultureInfo.InvariantCulture), msg_id = messageId, data } }, DouyinJson.Options);
        foreach (var appId in tokens.AuthorizedApps(order.ShopId))
        {
            webhooks.Publish(appId, order.ShopId, tag, body);
        }
    }
}
