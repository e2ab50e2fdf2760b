using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.TikTok.Dtos;
using Mapster;

namespace CommerceHub.Connectors.TikTok;

/// <summary>A wire DTO with the shop it came from: the hub's records carry the shop, TikTok's bodies do not.</summary>
internal sealed record TikTokOrderSource(ShopRef Shop, OrderDto Order);

internal sealed record TikTokItemSource(ShopRef Shop, ProductDto Product);

/// <summary>TikTok wire DTOs to the hub's records: string amounts become decimal Money, Unix seconds DateTimeOffset.</summary>
internal sealed class TikTokMappings : IRegister
{
    public static TypeAdapterConfig NewConfig()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };
        config.Apply(new TikTokMappings());
        config.Compile();
        return config;
    }

    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<TikTokOrderSource, MarketplaceOrder>()
            .ShallowCopyForSameType(true)
            .Map(d => d.Shop, s => s.Shop)
            .Map(d => d.ExternalOrderId, s => s.Order.Id)
            .Map(d => d.Status, s => TikTokStatuses.ToHub(s.Order.Status))
            .Map(d => d.PlatformStatus, s => s.Order.Status)
            .Map(d => d.Total, s => TikTokPrices.FromWire(s.Order.Payment.TotalAmount, s.Order.Payment.Currency))
            .Map(d => d.CreatedAt, s => DateTimeOffset.FromUnixTimeSeconds(s.Order.CreateTime))
            .Map(d => d.UpdatedAt, s => DateTimeOffset.FromUnixTimeSeconds(s.Order.UpdateTime))
            .Map(d => d.PaidAt, s => s.Order.PaidTime == null ? (DateTimeOffset?)null : DateTimeOffset.FromUnixTimeSeconds(s.Order.PaidTime.Value))
            .Ignore(d => d.ShipBy) // not in the 202309 detail the hub reads
            .Map(d => d.CashOnDelivery, s => false)
            .Map(d => d.Lines, s => Lines(s.Order))
            .Map(d => d.ShippingAddress, s => Address(s.Order.RecipientAddress))
            .Map(d => d.TrackingNumber, s => string.IsNullOrEmpty(s.Order.TrackingNumber) ? null : s.Order.TrackingNumber);

        config.NewConfig<TikTokItemSource, MarketplaceItem>()
            .ShallowCopyForSameType(true)
            .Map(d => d.Shop, s => s.Shop)
            .Map(d => d.ExternalItemId, s => s.Product.Id)
            .Map(d => d.Sku, s => s.Product.Skus != null && s.Product.Skus.Count == 1 ? s.Product.Skus[0].SellerSku ?? "" : "")
            .Map(d => d.Title, s => s.Product.Title)
            .Map(d => d.Status, s => TikTokStatuses.ToListing(s.Product.Status))
            .Map(d => d.UpdatedAt, s => DateTimeOffset.FromUnixTimeSeconds(s.Product.UpdateTime))
            .Map(d => d.Price, s => s.Product.Skus != null && s.Product.Skus.Count == 1 ? Price(s.Product.Skus[0]) : null)
            .Map(d => d.Stock, s => s.Product.Skus != null && s.Product.Skus.Count == 1 ? Stock(s.Product.Skus[0]) : (int?)null)
            .Map(d => d.Variants, s => Variants(s.Product));
    }

    // One line item per unit on the wire; the hub wants one line per SKU and price.
    private static List<OrderLine> Lines(OrderDto order) =>
        (order.LineItems ?? [])
            .GroupBy(l => (l.ProductId, l.SkuId, l.SalePrice))
            .Select(g =>
            {
                var first = g.First();
                var title = string.IsNullOrEmpty(first.SkuName) ? first.ProductName ?? "" : $"{first.ProductName} ({first.SkuName})";
                return new OrderLine(first.ProductId, first.SkuId, first.SellerSku ?? "", title, g.Count(),
                    TikTokPrices.FromWire(first.SalePrice, first.Currency ?? order.Payment.Currency));
            })
            .ToList();

    private static ShippingAddress? Address(RecipientAddressDto? a) =>
        a is null ? null : new ShippingAddress(a.Name ?? "", a.PhoneNumber ?? "", a.FullAddress ?? "", "", "", "", a.RegionCode ?? "", a.PostalCode ?? "");

    private static Money? Price(SkuDto sku) => sku.Price is null ? null : TikTokPrices.FromWire(sku.Price.SalePrice ?? sku.Price.Amount, sku.Price.Currency);

    private static int Stock(SkuDto sku) => (sku.Inventory ?? []).Sum(i => i.Quantity);

    private static List<MarketplaceVariant> Variants(ProductDto product) =>
        (product.Skus ?? []).Select(s => new MarketplaceVariant(
            s.Id,
            s.SellerSku ?? "",
            Price(s) ?? new Money(0m, "XXX"),
            Stock(s))).ToList();
}
