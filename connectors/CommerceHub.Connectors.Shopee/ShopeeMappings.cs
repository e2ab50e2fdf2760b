using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Shopee.Dtos;
using Mapster;

namespace CommerceHub.Connectors.Shopee;

/// <summary>A wire DTO with the shop it came from: the hub's records carry the shop, Shopee's bodies do not.</summary>
internal sealed record ShopeeOrderSource(ShopRef Shop, OrderDetailDto Order);

internal sealed record ShopeeItemSource(ShopRef Shop, ItemBaseInfoDto Item, IReadOnlyList<ModelDto> Models);

/// <summary>Shopee wire DTOs to and from the hub's records. Prices become <see cref="Money"/>, Unix seconds become DateTimeOffset.</summary>
internal sealed class ShopeeMappings : IRegister
{
    public static TypeAdapterConfig NewConfig()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };
        config.Apply(new ShopeeMappings());
        config.Compile();
        return config;
    }

    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<ShopeeOrderSource, MarketplaceOrder>()
            .ShallowCopyForSameType(true)
            .Map(d => d.Shop, s => s.Shop)
            .Map(d => d.ExternalOrderId, s => s.Order.OrderSn)
            .Map(d => d.Status, s => ShopeeStatuses.ToHub(s.Order.OrderStatus))
            .Map(d => d.PlatformStatus, s => s.Order.OrderStatus)
            .Map(d => d.Total, s => new Money(s.Order.TotalAmount, s.Order.Currency))
            .Map(d => d.CreatedAt, s => DateTimeOffset.FromUnixTimeSeconds(s.Order.CreateTime))
            .Map(d => d.UpdatedAt, s => DateTimeOffset.FromUnixTimeSeconds(s.Order.UpdateTime))
            .Map(d => d.PaidAt, s => s.Order.PayTime == null ? (DateTimeOffset?)null : DateTimeOffset.FromUnixTimeSeconds(s.Order.PayTime.Value))
            .Map(d => d.ShipBy, s => s.Order.ShipByDate == null ? (DateTimeOffset?)null : DateTimeOffset.FromUnixTimeSeconds(s.Order.ShipByDate.Value))
            .Map(d => d.CashOnDelivery, s => s.Order.Cod)
            .Map(d => d.Lines, s => Lines(s.Order))
            .Map(d => d.ShippingAddress, s => Address(s.Order.RecipientAddress))
            .Ignore(d => d.TrackingNumber); // get_order_detail has none; IShipmentSink.GetTrackingNumberAsync reads it

        config.NewConfig<ShopeeItemSource, MarketplaceItem>()
            .ShallowCopyForSameType(true)
            .Map(d => d.Shop, s => s.Shop)
            .Map(d => d.ExternalItemId, s => s.Item.ItemId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Map(d => d.Sku, s => s.Item.ItemSku ?? "")
            .Map(d => d.Title, s => s.Item.ItemName)
            .Map(d => d.Status, s => ShopeeStatuses.ToListing(s.Item.ItemStatus))
            .Map(d => d.UpdatedAt, s => DateTimeOffset.FromUnixTimeSeconds(s.Item.UpdateTime))
            .Map(d => d.Price, s => s.Item.HasModel ? null : Price(s.Item.PriceInfo))
            .Map(d => d.Stock, s => s.Item.HasModel ? null : Stock(s.Item.StockInfoV2))
            .Map(d => d.Variants, s => Variants(s.Models));

        config.NewConfig<ProductListing, AddItemRequest>()
            .Map(d => d.OriginalPrice, s => ShopeePrices.ToWire(s.Price))
            .Map(d => d.Description, s => s.Description)
            .Map(d => d.Weight, s => s.WeightKg)
            .Map(d => d.ItemName, s => s.Title)
            .Map(d => d.CategoryId, s => long.Parse(s.CategoryId, System.Globalization.CultureInfo.InvariantCulture))
            .Map(d => d.ItemSku, s => s.Sku)
            .Map(d => d.ItemStatus, s => s.Listed ? "NORMAL" : "UNLIST")
            // Shopee wants seller_stock even for an item whose stock will live on its models.
            .Map(d => d.SellerStock, s => new[] { new SellerStockDto(s.Variants.Count > 0 ? 0 : s.Stock, null) })
            .Map(d => d.Image, s => s.ImageIds.Count > 0 ? new ImageDto(s.ImageIds) : null);
    }

    private static List<OrderLine> Lines(OrderDetailDto order) =>
        (order.ItemList ?? []).Select(l => new OrderLine(
            l.ItemId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            l.ModelId == 0 ? null : l.ModelId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            string.IsNullOrEmpty(l.ModelSku) ? l.ItemSku ?? "" : l.ModelSku,
            string.IsNullOrEmpty(l.ModelName) ? l.ItemName : $"{l.ItemName} ({l.ModelName})",
            l.ModelQuantityPurchased,
            new Money(l.ModelDiscountedPrice, order.Currency))).ToList();

    private static ShippingAddress? Address(RecipientAddressDto? a) =>
        a is null ? null : new ShippingAddress(a.Name, a.Phone, a.FullAddress, a.District, a.City, a.State, a.Region, a.Zipcode);

    private static Money? Price(IReadOnlyList<PriceInfoDto>? info) =>
        info is { Count: > 0 } ? new Money(info[0].CurrentPrice, info[0].Currency) : null;

    private static int? Stock(StockInfoDto? info) => info?.SummaryInfo.TotalAvailableStock;

    private static List<MarketplaceVariant> Variants(IReadOnlyList<ModelDto> models) =>
        models.Select(m => new MarketplaceVariant(
            m.ModelId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            m.ModelSku,
            new Money(m.PriceInfo[0].CurrentPrice, m.PriceInfo[0].Currency),
            m.StockInfoV2.SummaryInfo.TotalAvailableStock)).ToList();
}
