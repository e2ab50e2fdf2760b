using CommerceHub.Sandbox.Core;
using CommerceHub.Sandbox.Platforms.JD.Catalog;

namespace CommerceHub.Sandbox.Platforms.JD.Orders;

/// <summary>Creates buyers' orders against published stock and moves them through JD's states.</summary>
internal sealed class JDOrderBook(JDCatalog catalog, SandboxClock clock)
{
    private long nextOrder;

    public JDOrder? Find(string venderId, string orderId) =>
        catalog.Vender(venderId) is { } book && book.Orders.TryGetValue(orderId, out var order) ? order : null;

    /// <summary>Null when the SKU's stock ran out; the check and the take are one step under the SKU's lock.</summary>
    public JDOrder? Place(string venderId, long skuId, int quantity)
    {
        if (catalog.Vender(venderId) is not { } book || !book.Skus.TryGetValue(skuId, out var sku))
        {
            return null;
        }

        JDOrderLine line;
        lock (sku.Gate)
        {
            if (quantity < 1 || sku.Stock < quantity)
            {
                return null;
            }

            sku.Stock -= quantity;
            line = new JDOrderLine(sku.SkuId, sku.WareId, sku.OuterSkuId, sku.Name, sku.JdPrice, quantity);
        }

        var sequence = Interlocked.Increment(ref nextOrder);
        var now = clock.GetUtcNow();
        var order = new JDOrder
        {
            OrderId = $"{280_000_000_000 + sequence}",
            VenderId = venderId,
            Lines = [line],
            StartTime = now,
            Modified = now,
            Pin = $"jd_buyer_{sequence:D4}",
            ConsigneeName = $"买家{sequence}",
        };
        book.Orders[order.OrderId] = order;
        return order;
    }

    public bool Move(string venderId, string orderId, string state, string? logisticsId = null, string? waybill = null)
    {
        if (Find(venderId, orderId) is not { } order)
        {
            return false;
        }

        lock (order.Gate)
        {
            if (!JDOrderState.CanMove(order.State, state))
            {
                return false;
            }

            var now = clock.GetUtcNow();
            order.State = state;
            order.Modified = now > order.Modified ? now : order.Modified;
            order.LogisticsId = logisticsId ?? order.LogisticsId;
            order.Waybill = waybill ?? order.Waybill;
            order.EndTime = state is "FINISHED_L" or "TRADE_CANCELED" ? order.Modified : order.EndTime;
            if (state == "TRADE_CANCELED")
            {
                foreach (var line in order.Lines)
                {
                    if (catalog.Sku(venderId, line.SkuId) is { } sku)
                    {
                        lock (sku.Gate)
                        {
                            sku.Stock += line.Quantity;
                        }
                    }
                }
            }
        }

        return true;
    }
}
