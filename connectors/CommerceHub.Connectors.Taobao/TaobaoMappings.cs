using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Taobao.Dtos;
using Mapster;

namespace CommerceHub.Connectors.Taobao;

/// <summary>A trade with the seller it came from: TOP's trade body does not name the seller id.</summary>
internal sealed record TaobaoTradeSource(ShopRef Shop, TradeDto Trade, string? TrackingNumber);

internal sealed record TaobaoItemSource(ShopRef Shop, ItemDto Item);

/// <summary>TOP wire DTOs to the hub's records. Yuan strings become CNY <see cref="Money"/>, GMT+8 strings DateTimeOffset.</summary>
internal sealed class TaobaoMappings : IRegister
{
    public static TypeAdapterConfig NewConfig()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };
        config.Apply(new TaobaoMappings());
        config.Compile();
        return config;
    }

    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<TaobaoTradeSource, MarketplaceOrder>()
            .ShallowCopyForSameType(true)
            .Map(d => d.Shop, s => s.Shop)
            .Map(d => d.ExternalOrderId, s => s.Trade.TidStr)
            .Map(d => d.Status, s => TaobaoStatuses.ToHub(s.Trade.Status))
            .Map(d => d.PlatformStatus, s => s.Trade.Status)
            .Map(d => d.Total, s => TaobaoPrices.FromWire(s.Trade.Payment))
            .Map(d => d.CreatedAt, s => s.Trade.Created)
            .Map(d => d.UpdatedAt, s => s.Trade.Modified)
            .Map(d => d.PaidAt, s => s.Trade.PayTime)
            .Map(d => d.CashOnDelivery, s => false)
            .Map(d => d.Lines, s => Lines(s.Trade))
            .Map(d => d.ShippingAddress, s => Address(s.Trade))
            .Map(d => d.TrackingNumber, s => s.TrackingNumber)
            .Ignore(d => d.ShipBy); // not in the trade APIs

        config.NewConfig<TaobaoItemSource, MarketplaceItem>()
            .ShallowCopyForSameType(true)
            .Map(d => d.Shop, s => s.Shop)
            .Map(d => d.ExternalItemId, s => s.Item.NumIid.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Map(d => d.Sku, s => s.Item.OuterId ?? "")
            .Map(d => d.Title, s => s.Item.Title ?? "")
            .Map(d => d.Status, s => TaobaoStatuses.ToListing(s.Item.ApproveStatus))
            .Map(d => d.UpdatedAt, s => s.Item.Modified)
            .Map(d => d.Price, s => (Money?)TaobaoPrices.FromWire(s.Item.Price))
            .Map(d => d.Stock, s => (int?)s.Item.Num)
            .Map(d => d.Variants, s => new List<MarketplaceVariant>());
    }

    private static List<OrderLine> Lines(TradeDto trade) =>
        [.. (trade.Orders?.Order ?? []).Select(o => new OrderLine(
            o.NumIid.ToString(System.Globalization.CultureInfo.InvariantCulture),
            string.IsNullOrEmpty(o.SkuId) ? null : o.SkuId,
            o.OuterIid ?? "",
            o.Title ?? "",
            o.Num,
            TaobaoPrices.FromWire(o.Price)))];

    private static ShippingAddress Address(TradeDto t) =>
        new(t.ReceiverName ?? "", t.ReceiverMobile ?? "", t.ReceiverAddress ?? "", t.ReceiverDistrict ?? "", t.ReceiverCity ?? "", t.ReceiverState ?? "", "CN", t.ReceiverZip ?? "");
}
