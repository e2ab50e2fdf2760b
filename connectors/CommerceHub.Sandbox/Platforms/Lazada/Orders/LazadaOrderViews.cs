using System.Globalization;

namespace CommerceHub.Sandbox.Platforms.Lazada.Orders;

/// <summary>Order and order-item JSON as /orders/get, /order/get and /order/items/get return it; callers hold the order's Gate.</summary>
internal static class LazadaOrderViews
{
    public static Dictionary<string, object?> Order(LazadaOrder order)
    {
        var address = Address(order.Address);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["order_id"] = order.OrderId,
            ["order_number"] = order.OrderId,
            ["customer_first_name"] = order.CustomerFirstName,
            ["customer_last_name"] = order.Address.LastName,
            ["price"] = LazadaJson.Money(order.Price),
            ["shipping_fee"] = LazadaJson.Money(0),
            ["voucher"] = LazadaJson.Money(0),
            ["voucher_platform"] = LazadaJson.Money(0),
            ["voucher_seller"] = LazadaJson.Money(0),
            ["payment_method"] = "COD",
            ["items_count"] = order.Items.Count,
            ["statuses"] = order.Items.Select(i => i.Status).Distinct(StringComparer.Ordinal).ToList(),
            ["created_at"] = Time(order.CreatedAt, order.Offset),
            ["updated_at"] = Time(order.UpdatedAt, order.Offset),
            ["address_shipping"] = address,
            ["address_billing"] = address,
            ["warehouse_code"] = "dropshipping",
            ["gift_option"] = false,
            ["remarks"] = "",
        };
    }

    public static Dictionary<string, object?> Item(LazadaOrder order, LazadaOrderItem item) => new(StringComparer.Ordinal)
    {
        ["order_item_id"] = item.OrderItemId,
        ["order_id"] = order.OrderId,
        ["shop_id"] = order.SellerId,
        ["product_id"] = item.ItemId,
        ["sku_id"] = item.SkuId.ToString(CultureInfo.InvariantCulture),
        ["sku"] = item.SellerSku,
        ["shop_sku"] = item.ShopSku,
        ["name"] = item.Name,
        ["item_price"] = item.Price,
        ["paid_price"] = item.Price,
        ["currency"] = order.Currency,
        ["status"] = item.Status,
        ["package_id"] = item.PackageId,
        ["tracking_code"] = item.TrackingCode,
        ["shipment_provider"] = item.ShipmentProvider,
        ["is_digital"] = 0,
        ["reason"] = "",
        ["created_at"] = Time(order.CreatedAt, order.Offset),
        ["updated_at"] = Time(item.UpdatedAt, order.Offset),
    };

    /// <summary>ISO 8601 in the seller country's offset, e.g. 2018-02-09T22:44:30+07:00.</summary>
    public static string Time(DateTimeOffset time, TimeSpan offset) =>
        time.ToOffset(offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static object Address(LazadaAddress a) => new
    {
        a.FirstName,
        a.LastName,
        a.Phone,
        a.Address1,
        a.City,
        a.PostCode,
        a.Country,
    };
}
