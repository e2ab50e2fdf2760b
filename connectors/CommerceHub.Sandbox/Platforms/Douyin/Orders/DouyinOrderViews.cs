namespace CommerceHub.Sandbox.Platforms.Douyin.Orders;

/// <summary>A shop order as order.searchList and order.orderDetail return it: amounts in fen, times in Unix seconds.</summary>
internal static class DouyinOrderViews
{
    public static Dictionary<string, object?> Order(DouyinOrder order)
    {
        lock (order.Gate)
        {
            return new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["shop_order_id"] = order.ShopOrderId,
                ["shop_id"] = long.TryParse(order.ShopId, System.Globalization.CultureInfo.InvariantCulture, out var shop) ? shop : 0,
                ["order_status"] = int.Parse(order.Status, System.Globalization.CultureInfo.InvariantCulture),
                ["order_status_desc"] = DouyinAssumptions.StatusText.GetValueOrDefault(order.Status, ""),
                ["order_amount"] = order.TotalFen,
                ["pay_amount"] = order.TotalFen,
                ["post_amount"] = 0,
                ["create_time"] = order.CreateTime.ToUnixTimeSeconds(),
                ["pay_time"] = order.CreateTime.ToUnixTimeSeconds(),
                ["update_time"] = order.UpdateTime.ToUnixTimeSeconds(),
                ["ship_time"] = order.ShipTime?.ToUnixTimeSeconds() ?? 0,
                ["buyer_words"] = "",
                ["post_receiver"] = order.Receiver,
                ["post_tel"] = "138****8888",
                ["post_addr"] = new
                {
                    province = new { name = "内蒙古自治区", id = "15" },
                    city = new { name = "锡林郭勒盟", id = "1525" },
                    town = new { name = "二连浩特市", id = "152501" },
                    street = new { name = "", id = "" },
                    detail = "口岸大街1号",
                },
                ["sku_order_list"] = order.Lines.Select(l => new Dictionary<string, object?>
                {
                    ["order_id"] = l.SkuOrderId,
                    ["parent_order_id"] = order.ShopOrderId,
                    ["product_id"] = l.ProductId,
                    ["product_name"] = l.ProductName,
                    ["sku_id"] = l.SkuId,
                    ["code"] = l.Code,
                    ["spec"] = string.IsNullOrEmpty(l.Spec) ? [] : new[] { new { name = "规格", value = l.Spec } },
                    ["item_num"] = l.Quantity,
                    ["origin_amount"] = l.PriceFen * l.Quantity,
                    ["pay_amount"] = l.PriceFen * l.Quantity,
                    ["order_status"] = int.Parse(order.Status, System.Globalization.CultureInfo.InvariantCulture),
                }).ToList(),
                ["logistics_info"] = order.TrackingNo.Length == 0 ? [] : new[]
                {
                    new { tracking_no = order.TrackingNo, company = order.Company, company_name = order.Company, ship_time = order.ShipTime?.ToUnixTimeSeconds() ?? 0 },
                },
            };
        }
    }
}
