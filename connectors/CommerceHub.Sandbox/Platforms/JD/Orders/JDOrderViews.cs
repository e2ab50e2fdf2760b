namespace CommerceHub.Sandbox.Platforms.JD.Orders;

/// <summary>orderInfo as jingdong.pop.order.search/get return it; with optional_fields only those fields (and orderId) are kept.</summary>
internal static class JDOrderViews
{
    public static Dictionary<string, object?> Order(JDOrder order, IReadOnlySet<string>? fields)
    {
        lock (order.Gate)
        {
            var total = JDJson.Money(order.Total);
            var view = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["orderId"] = order.OrderId,
                ["venderId"] = order.VenderId,
                ["orderType"] = "22",
                ["payType"] = "4-在线支付",
                ["orderTotalPrice"] = total,
                ["orderSellerPrice"] = total,
                ["orderPayment"] = total,
                ["freightPrice"] = "0.00",
                ["sellerDiscount"] = "0.00",
                ["orderState"] = order.State,
                ["orderStateRemark"] = JDAssumptions.StateRemarks.GetValueOrDefault(order.State, ""),
                ["deliveryType"] = "任意时间",
                ["orderRemark"] = "",
                ["orderStartTime"] = JDJson.Time(order.StartTime),
                ["paymentConfirmTime"] = JDJson.Time(order.StartTime),
                ["orderEndTime"] = order.EndTime is { } end ? JDJson.Time(end) : "",
                ["modified"] = JDJson.Time(order.Modified),
                ["pin"] = order.Pin,
                ["waybill"] = order.Waybill,
                ["logisticsId"] = order.LogisticsId,
                ["consigneeInfo"] = new
                {
                    fullname = order.ConsigneeName,
                    telephone = "",
                    mobile = "138****8888",
                    fullAddress = "北京市朝阳区建国路88号",
                    province = "北京",
                    city = "北京市",
                    county = "朝阳区",
                    town = "",
                },
                ["itemInfoList"] = order.Lines.Select(l => new
                {
                    skuId = l.SkuId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    outerSkuId = l.OuterSkuId,
                    skuName = l.SkuName,
                    jdPrice = JDJson.Money(l.JdPrice),
                    itemTotal = l.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    wareId = l.WareId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    productNo = "",
                    giftPoint = "0",
                }).ToList(),
            };
            return fields is null ? view : view.Where(p => p.Key == "orderId" || fields.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        }
    }
}
