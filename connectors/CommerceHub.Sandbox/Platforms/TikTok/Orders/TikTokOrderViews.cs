namespace CommerceHub.Sandbox.Platforms.TikTok.Orders;

/// <summary>An order as Get Order Detail and Get Order List return it; callers hold the order's Gate. Amounts are strings.</summary>
internal static class TikTokOrderViews
{
    public static object Detail(TikTokOrder order)
    {
        var shipped = order.Status is not (TikTokOrderStatus.Unpaid or TikTokOrderStatus.OnHold or TikTokOrderStatus.Cancelled);
        return new
        {
            order.Id,
            order.Status,
            order.CreateTime,
            order.UpdateTime,
            order.PaidTime,
            ShippingType = "TIKTOK",
            BuyerEmail = $"buyer{order.Id[^6..]}@scs.tiktokw.us",
            BuyerMessage = "",
            order.WarehouseId,
            order.TrackingNumber,
            ShippingProvider = order.ShippingProvider,
            Payment = new
            {
                order.Currency,
                SubTotal = TikTokJson.Money(order.SubTotal),
                ShippingFee = "0",
                SellerDiscount = "0",
                PlatformDiscount = "0",
                Tax = "0",
                OriginalTotalProductPrice = TikTokJson.Money(order.SubTotal),
                TotalAmount = TikTokJson.Money(order.SubTotal),
            },
            RecipientAddress = order.Recipient,
            LineItems = order.LineItems.Select(l => new
            {
                l.Id,
                l.ProductId,
                l.ProductName,
                l.SkuId,
                l.SellerSku,
                order.Currency,
                OriginalPrice = TikTokJson.Money(l.Price),
                SalePrice = TikTokJson.Money(l.Price),
                DisplayStatus = order.Status,
                PackageId = shipped ? order.PackageId : null,
                order.TrackingNumber,
                ShippingProviderName = order.ShippingProvider,
            }),
            Packages = shipped ? new[] { new { Id = order.PackageId } } : [],
        };
    }
}
