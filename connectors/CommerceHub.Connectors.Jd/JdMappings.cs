using System.Globalization;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Jd.Dtos;
using Mapster;

namespace CommerceHub.Connectors.Jd;

/// <summary>An order with the vender it came from: orderInfo's venderId is optional.</summary>
internal sealed record JdOrderSource(ShopRef Shop, OrderInfoDto Order);

/// <summary>A ware with its SKUs: JD stocks and prices per SKU.</summary>
internal sealed record JdWareSource(ShopRef Shop, long WareId, IReadOnlyList<SkuDto> Skus);

/// <summary>JD wire DTOs to the hub's records. Yuan strings become CNY <see cref="Money"/>, GMT+8 strings DateTimeOffset.</summary>
internal sealed class JdMappings : IRegister
{
    public static TypeAdapterConfig NewConfig()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };
        config.Apply(new JdMappings());
        config.Compile();
        return config;
    }

    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<JdOrderSource, MarketplaceOrder>()
            .ShallowCopyForSameType(true)
            .Map(d => d.Shop, s => s.Shop)
            .Map(d => d.ExternalOrderId, s => s.Order.OrderId)
            .Map(d => d.Status, s => JdStatuses.ToHub(s.Order.OrderState))
            .Map(d => d.PlatformStatus, s => s.Order.OrderState)
            .Map(d => d.Total, s => JdPrices.FromWire(s.Order.OrderPayment))
            .Map(d => d.CreatedAt, s => s.Order.OrderStartTime)
            .Map(d => d.UpdatedAt, s => s.Order.Modified)
            .Map(d => d.PaidAt, s => s.Order.PaymentConfirmTime == default(DateTimeOffset) ? null : s.Order.PaymentConfirmTime)
            .Map(d => d.CashOnDelivery, s => s.Order.PayType != null && s.Order.PayType.StartsWith("1-", StringComparison.Ordinal)) // 1-货到付款
            .Map(d => d.Lines, s => Lines(s.Order))
            .Map(d => d.ShippingAddress, s => Address(s.Order.ConsigneeInfo))
            .Map(d => d.TrackingNumber, s => string.IsNullOrEmpty(s.Order.Waybill) ? null : s.Order.Waybill)
            .Ignore(d => d.ShipBy); // not in orderInfo

        config.NewConfig<JdWareSource, MarketplaceItem>()
            .ShallowCopyForSameType(true)
            .Map(d => d.Shop, s => s.Shop)
            .Map(d => d.ExternalItemId, s => s.WareId.ToString(CultureInfo.InvariantCulture))
            .Map(d => d.Sku, s => s.Skus.Count == 1 ? s.Skus[0].OuterId ?? "" : "")
            .Map(d => d.Title, s => s.Skus.Count > 0 ? s.Skus[0].SkuName ?? "" : "")
            .Map(d => d.Status, s => s.Skus.Any(k => k.Status == 1) ? ListingStatus.Listed : ListingStatus.Delisted)
            .Map(d => d.UpdatedAt, s => DateTimeOffset.MinValue) // searchSkuList carries no change time
            .Map(d => d.Price, s => s.Skus.Count == 1 ? JdPrices.FromWire(s.Skus[0].JdPrice) : (Money?)null)
            .Map(d => d.Stock, s => s.Skus.Count == 1 ? s.Skus[0].StockNum : (int?)null)
            .Map(d => d.Variants, s => s.Skus.Select(k => new MarketplaceVariant(k.SkuId.ToString(CultureInfo.InvariantCulture), k.OuterId ?? "", JdPrices.FromWire(k.JdPrice), k.StockNum)).ToList());
    }

    private static List<OrderLine> Lines(OrderInfoDto order) =>
        [.. (order.ItemInfoList ?? []).Select(i => new OrderLine(i.WareId ?? "", i.SkuId, i.OuterSkuId ?? "", i.SkuName ?? "", i.ItemTotal, JdPrices.FromWire(i.JdPrice)))];

    private static ShippingAddress? Address(ConsigneeDto? c) =>
        c is null
            ? null
            : new ShippingAddress(c.Fullname ?? "", c.Mobile ?? c.Telephone ?? "", c.FullAddress ?? "", c.County ?? "", c.City ?? "", c.Province ?? "", "CN", "");
}
