using CommerceHub.Sandbox.Core;
using CommerceHub.Sandbox.Platforms.Tiki.Catalog;
using CommerceHub.Sandbox.Platforms.Tiki.Events;

namespace CommerceHub.Sandbox.Platforms.Tiki.Orders;

/// <summary>Creates buyers' orders against published stock and moves them through Tiki's statuses, queueing events.</summary>
internal sealed class TikiOrderBook(TikiCatalog catalog, SandboxClock clock, TikiEventHub events)
{
    private long nextOrder;

    public TikiOrder? Find(string sellerId, string code) =>
        catalog.Seller(sellerId) is { } book && book.Orders.TryGetValue(code, out var order) ? order : null;

    /// <summary>Null when the product is inactive or its stock ran out; the check and the take are one step.</summary>
    public TikiOrder? Place(string sellerId, long productId, int quantity)
    {
        if (catalog.Seller(sellerId) is not { } book || catalog.Find(book, productId, null) is not { } product)
        {
            return null;
        }

        TikiOrderLine line;
        lock (product.Gate)
        {
            if (!product.Active || !product.TryTake(quantity))
            {
                return null;
            }

            line = new TikiOrderLine(product.ProductId, product.Sku, product.OriginalSku, product.Name, product.Price, quantity);
        }

        var sequence = Interlocked.Increment(ref nextOrder);
        var now = clock.GetUtcNow();
        var order = new TikiOrder
        {
            Id = 900_000_000 + sequence,
            Code = $"{100_000_000 + sequence}",
            SellerId = sellerId,
            Lines = [line],
            CreatedAt = now,
            UpdatedAt = now,
            CustomerId = 20_000_000 + sequence,
            CustomerName = $"Khách hàng {sequence}",
        };
        book.Orders[order.Code] = order;
        return order;
    }

    public bool Move(string sellerId, string code, string status)
    {
        if (Find(sellerId, code) is not { } order)
        {
            return false;
        }

        lock (order.Gate)
        {
            if (!TikiOrderStatus.CanMove(order.Status, status))
            {
                return false;
            }

            order.Status = status;
            if (status == TikiAssumptions.ConfirmedStatus)
            {
                // However the order got there (this API or Seller Center), the carrier's code exists from packaging on.
                order.TrackingCode ??= "TNSL" + (order.Id % 10_000_000_000).ToString("D10", System.Globalization.CultureInfo.InvariantCulture);
            }

            order.UpdatedAt = clock.GetUtcNow() > order.UpdatedAt ? clock.GetUtcNow() : order.UpdatedAt;
            if (TikiOrderStatus.GivesStockBack(status))
            {
                ReturnStock(sellerId, order);
            }

            // Published under the order's lock so one order's events enter every queue in the order they happened.
            if (status == TikiAssumptions.AcceptedStatus && !order.Accepted)
            {
                order.Accepted = true;
                events.Publish(sellerId, "ORDER_CREATED_SUCCESSFULLY", "v1", new { order_code = order.Code });
            }
            else if (order.Accepted)
            {
                events.Publish(sellerId, "ORDER_STATUS_UPDATED", "v1", new { order_code = order.Code, status });
            }
        }

        return true;
    }

    /// <summary>Confirms a drop-ship order in queueing: packaging, a tracking code and the status event, atomically.</summary>
    public TikiError? ConfirmAvailable(string sellerId, string code)
    {
        if (Find(sellerId, code) is not { } order)
        {
            return TikiErrors.OrderNotFound;
        }

        lock (order.Gate)
        {
            if (order.FulfillmentType != "dropship" || order.Status != TikiAssumptions.ConfirmableStatus)
            {
                return TikiErrors.Invalid($"order {code} is {order.Status} ({order.FulfillmentType}); only dropship orders in {TikiAssumptions.ConfirmableStatus} can be confirmed");
            }

            // Lock is re-entrant: the check and the move happen under the same hold, so two confirmations never both pass.
            Move(sellerId, code, TikiAssumptions.ConfirmedStatus);
        }

        return null;
    }

    private void ReturnStock(string sellerId, TikiOrder order)
    {
        var book = catalog.Seller(sellerId)!; // The order was found in this seller's book.
        foreach (var line in order.Lines)
        {
            if (book.Products.TryGetValue(line.ProductId, out var product))
            {
                lock (product.Gate)
                {
                    product.Give(line.Quantity);
                }
            }
        }
    }
}
