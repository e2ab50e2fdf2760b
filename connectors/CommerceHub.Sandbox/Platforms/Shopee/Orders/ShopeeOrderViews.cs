namespace CommerceHub.Sandbox.Platforms.Shopee.Orders;

/// <summary>get_order_detail's order JSON: base fields always, the rest only when named in response_optional_fields.</summary>
internal static class ShopeeOrderViews
{
    public static Dictionary<string, object?> Detail(ShopeeOrder order, IReadOnlySet<string> optional)
    {
        lock (order.Gate)
        {
            var view = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["order_sn"] = order.OrderSn,
                ["region"] = order.Region,
                ["currency"] = order.Currency,
                ["cod"] = false,
                ["order_status"] = order.Status,
                ["create_time"] = order.CreateTime,
                ["update_time"] = order.UpdateTime,
                ["days_to_ship"] = 3,
                ["ship_by_date"] = (order.PayTime ?? order.CreateTime) + (3 * 86_400),
                ["message_to_seller"] = "",
            };
            AddOptional(view, optional, order);
            return view;
        }
    }

    private static void AddOptional(Dictionary<string, object?> view, IReadOnlySet<string> optional, ShopeeOrder order)
    {
        var fields = new Dictionary<string, Func<object?>>(StringComparer.Ordinal)
        {
            ["buyer_user_id"] = () => order.BuyerUserId,
            ["buyer_username"] = () => order.BuyerUsername,
            ["recipient_address"] = () => order.Recipient,
            ["total_amount"] = () => order.TotalAmount,
            ["pay_time"] = () => order.PayTime,
            ["shipping_carrier"] = () => "SPX Express",
            ["cancel_by"] = () => order.CancelBy ?? "",
            ["item_list"] = () => order.Lines.Select(l => new
            {
                l.ItemId,
                l.ItemName,
                l.ItemSku,
                l.ModelId,
                l.ModelName,
                l.ModelSku,
                ModelQuantityPurchased = l.Quantity,
                ModelOriginalPrice = l.Price,
                ModelDiscountedPrice = l.Price,
            }).ToList(),
            ["package_list"] = () => new[]
            {
                new
                {
                    order.PackageNumber,
                    LogisticsStatus = LogisticsStatus(order.Status),
                    ShippingCarrier = "SPX Express",
                    ItemList = order.Lines.Select(l => new { l.ItemId, l.ModelId, ModelQuantity = l.Quantity }).ToList(),
                },
            },
        };
        foreach (var (name, value) in fields)
        {
            if (optional.Contains(name))
            {
                view[name] = value();
            }
        }
    }

    private static string LogisticsStatus(string orderStatus) => orderStatus switch
    {
        ShopeeOrderStatus.Unpaid or ShopeeOrderStatus.ReadyToShip => "LOGISTICS_NOT_START",
        ShopeeOrderStatus.Processed or ShopeeOrderStatus.RetryShip => "LOGISTICS_READY",
        ShopeeOrderStatus.Shipped or ShopeeOrderStatus.ToConfirmReceive => "LOGISTICS_PICKUP_DONE",
        ShopeeOrderStatus.Completed => "LOGISTICS_DELIVERY_DONE",
        _ => "LOGISTICS_INVALID",
    };
}
