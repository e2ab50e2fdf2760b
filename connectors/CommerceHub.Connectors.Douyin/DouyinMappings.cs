using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Douyin.Dtos;
using Mapster;

namespace CommerceHub.Connectors.Douyin;

/// <summary>A wire DTO with the shop it came from: the hub's records carry the shop, Douyin's bodies do not always.</summary>
internal sealed record DouyinOrderSource(ShopRef Shop, OrderDto Order);

internal sealed record DouyinItemSource(ShopRef Shop, ProductDto Product, IReadOnlyList<SkuDto> Skus);

/// <summary>Douyin wire DTOs to the hub's records: fen become decimal CNY Money, Unix seconds DateTimeOffset.</summary>
internal sealed class DouyinMappings : IRegister
{
    public static TypeAdapterConfig NewConfig()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };
        config.Apply(new DouyinMappings());
        config.Compile();
        return config;
    }

    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<DouyinOrderSource, MarketplaceOrder>()
            .ShallowCopyForSameType(true)
            .Map(d => d.Shop, s => s.Shop)
            .Map(d => d.ExternalOrderId, s => s.Order.ShopOrderId)
            .Map(d => d.Status, s => DouyinStatuses.ToHub(s.Order.OrderStatus))
            .Map(d => d.PlatformStatus, s => s.Order.OrderStatus.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Map(d => d.Total, s => DouyinPrices.FromFen(s.Order.PayAmount))
            .Map(d => d.CreatedAt, s => DateTimeOffset.FromUnixTimeSeconds(s.Order.CreateTime))
            .Map(d => d.UpdatedAt, s => DateTimeOffset.FromUnixTimeSeconds(s.Order.UpdateTime))
            .Map(d => d.PaidAt, s => s.Order.PayTime > 0 ? DateTimeOffset.FromUnixTimeSeconds(s.Order.PayTime) : (DateTimeOffset?)null)
            .Ignore(d => d.ShipBy) // exp_ship_time is not read yet
            .Map(d => d.CashOnDelivery, s => false)
            .Map(d => d.Lines, s => Lines(s.Order))
            .Map(d => d.ShippingAddress, s => Address(s.Order))
            .Map(d => d.TrackingNumber, s => Tracking(s.Order));

        config.NewConfig<DouyinItemSource, MarketplaceItem>()
            .ShallowCopyForSameType(true)
            .Map(d => d.Shop, s => s.Shop)
            .Map(d => d.ExternalItemId, s => s.Product.ProductId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Map(d => d.Sku, s => s.Skus.Count == 1 ? s.Skus[0].Code ?? "" : "")
            .Map(d => d.Title, s => s.Product.Name)
            .Map(d => d.Status, s => DouyinStatuses.ToListing(s.Product.Status))
            .Map(d => d.UpdatedAt, s => DateTimeOffset.FromUnixTimeSeconds(s.Product.UpdateTime))
            .Map(d => d.Price, s => s.Skus.Count == 1 ? DouyinPrices.FromFen(s.Skus[0].Price) : (Money?)null)
            .Map(d => d.Stock, s => s.Skus.Count == 1 ? s.Skus[0].StockNum : (int?)null)
            .Map(d => d.Variants, s => Variants(s.Skus));
    }

    // Unit price from the line's paid amount, so discounts spread over the units are kept exactly in fen.
    private static List<OrderLine> Lines(OrderDto order) =>
        (order.SkuOrderList ?? []).Select(l => new OrderLine(
            l.ProductId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            l.SkuId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            l.Code ?? "",
            l.ProductName ?? "",
            l.ItemNum,
            new Money(l.ItemNum > 0 ? l.PayAmount / 100m / l.ItemNum : 0m, DouyinPrices.Currency))).ToList();

    private static ShippingAddress? Address(OrderDto order) =>
        order.PostAddr is not { } a ? null : new ShippingAddress(
            order.PostReceiver ?? "",
            order.PostTel ?? "",
            string.Concat(a.Street?.Name ?? "", a.Detail ?? ""),
            a.Town?.Name ?? "",
            a.City?.Name ?? "",
            a.Province?.Name ?? "",
            "CN",
            "");

    private static string? Tracking(OrderDto order) => order.LogisticsInfo?.Select(l => l.TrackingNo).FirstOrDefault(t => !string.IsNullOrEmpty(t));

    private static List<MarketplaceVariant> Variants(IReadOnlyList<SkuDto> skus) =>
        skus.Select(s => new MarketplaceVariant(s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Code ?? "", DouyinPrices.FromFen(s.Price), s.StockNum)).ToList();
}
