using System.Globalization;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Tiki.Dtos;
using Mapster;

namespace CommerceHub.Connectors.Tiki;

/// <summary>A wire DTO with the seller it came from: the hub's records carry the shop, Tiki's bodies do not.</summary>
internal sealed record TikiOrderSource(ShopRef Shop, OrderDto Order);

internal sealed record TikiItemSource(ShopRef Shop, ProductDto Product);

/// <summary>Tiki wire DTOs to the hub's records: integer VND becomes <see cref="Money"/>, local UTC+7 dates become DateTimeOffset.</summary>
internal sealed class TikiMappings : IRegister
{
    public static TypeAdapterConfig NewConfig()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };
        config.Apply(new TikiMappings());
        config.Compile();
        return config;
    }

    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<TikiOrderSource, MarketplaceOrder>()
            .ShallowCopyForSameType(true)
            .Map(d => d.Shop, s => s.Shop)
            .Map(d => d.ExternalOrderId, s => s.Order.Code)
            .Map(d => d.Status, s => TikiStatuses.ToHub(s.Order.Status))
            .Map(d => d.PlatformStatus, s => s.Order.Status)
            .Map(d => d.Total, s => TikiPrices.FromWire(s.Order.Invoice == null ? 0m : s.Order.Invoice.GrandTotal))
            .Map(d => d.CreatedAt, s => TikiJson.ParseDate(s.Order.CreatedAt))
            .Map(d => d.UpdatedAt, s => TikiJson.ParseDate(s.Order.UpdatedAt))
            .Map(d => d.Lines, s => Lines(s.Order))
            .Map(d => d.ShippingAddress, s => Address(s.Order.Shipping))
            .Ignore(d => d.PaidAt)          // the order list and detail carry no payment time
            .Ignore(d => d.ShipBy)          // nor a shipping deadline
            .Ignore(d => d.CashOnDelivery)  // nor the payment method
            .Ignore(d => d.TrackingNumber); // shipment calls are not covered yet

        config.NewConfig<TikiItemSource, MarketplaceItem>()
            .ShallowCopyForSameType(true)
            .Map(d => d.Shop, s => s.Shop)
            .Map(d => d.ExternalItemId, s => s.Product.ProductId.ToString(CultureInfo.InvariantCulture))
            .Map(d => d.Sku, s => s.Product.OriginalSku ?? s.Product.Sku ?? "")
            .Map(d => d.Title, s => s.Product.Name)
            .Map(d => d.Status, s => s.Product.Active == 1 ? ListingStatus.Listed : ListingStatus.Delisted)
            .Map(d => d.UpdatedAt, s => TikiJson.ParseDate(s.Product.UpdatedAt))
            .Map(d => d.Price, s => (Money?)TikiPrices.FromWire(s.Product.Price))
            .Map(d => d.Stock, s => s.Product.Inventory == null ? (int?)null : s.Product.Inventory.QuantitySellable)
            .Ignore(d => d.Variants); // every Tiki variant is a product of its own
    }

    private static List<OrderLine> Lines(OrderDto order) =>
        (order.Items ?? []).Select(l => new OrderLine(
            l.Product.Id.ToString(CultureInfo.InvariantCulture),
            null,
            l.Product.SellerProductCode ?? l.Product.Sku ?? "",
            l.Product.Name,
            l.Invoice.Quantity,
            TikiPrices.FromWire(l.Invoice.Price))).ToList();

    private static ShippingAddress? Address(OrderShippingDto? shipping) =>
        shipping?.Address is not { } a
            ? null
            : new ShippingAddress(a.FullName ?? "", a.Phone ?? "", string.Join(", ", new[] { a.Street, a.Ward }.Where(p => !string.IsNullOrEmpty(p))),
                a.District ?? "", a.Region ?? "", a.Region ?? "", a.Country ?? "VN", "");
}
