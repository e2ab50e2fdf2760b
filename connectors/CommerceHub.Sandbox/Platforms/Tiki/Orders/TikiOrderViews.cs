namespace CommerceHub.Sandbox.Platforms.Tiki.Orders;

/// <summary>An order as GET /integration/v2/orders and /orders/{code} show it; prices are integer VND.</summary>
internal static class TikiOrderViews
{
    public static object Detail(TikiOrder order)
    {
        lock (order.Gate)
        {
            return new
            {
                id = order.Id,
                code = order.Code,
                status = order.Status,
                fulfillment_type = order.FulfillmentType,
                created_at = TikiJson.Date(order.CreatedAt),
                updated_at = TikiJson.Date(order.UpdatedAt),
                customer = new { id = order.CustomerId, full_name = order.CustomerName },
                items = order.Lines.Select((l, i) => new
                {
                    id = (order.Id * 10) + i,
                    product = new { id = l.ProductId, sku = l.Sku, seller_product_code = l.OriginalSku, name = l.Name },
                    invoice = new { price = l.Price, quantity = l.Quantity, subtotal = l.Price * l.Quantity, row_total = l.Price * l.Quantity },
                    confirmation = new { status = order.TrackingCode is not null ? "seller_confirmed" : order.Accepted ? "confirmed" : "waiting" },
                }).ToList(),
                invoice = new
                {
                    items_count = order.Lines.Count,
                    items_quantity = order.Lines.Sum(l => l.Quantity),
                    subtotal = order.GrandTotal,
                    shipping_amount_after_discount = 0,
                    grand_total = order.GrandTotal,
                },
                shipping = new
                {
                    tracking_code = order.TrackingCode,
                    partner_name = order.TrackingCode is null ? null : TikiAssumptions.CarrierName,
                    address = new
                    {
                        full_name = order.CustomerName,
                        street = "12 Lê Lợi",
                        ward = "Phường Bến Nghé",
                        district = "Quận 1",
                        region = "Hồ Chí Minh",
                        country = "VN",
                        phone = "09******89",
                    },
                },
            };
        }
    }
}
