using System.Globalization;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Lazada.Dtos;
using Mapster;

namespace CommerceHub.Connectors.Lazada;

/// <summary>An order with its items and the shop it came from: Lazada's order body carries neither items nor currency.</summary>
internal sealed record LazadaOrderSource(ShopRef Shop, OrderDto Order, IReadOnlyList<OrderItemDto> Items, string ShopCurrency);

internal sealed record LazadaItemSource(ShopRef Shop, ProductDto Product, string Currency);

/// <summary>Lazada wire DTOs to the hub's records. Decimal strings become <see cref="Money"/>, epoch-ms strings and ISO times DateTimeOffset.</summary>
internal sealed class LazadaMappings : IRegister
{
    public static TypeAdapterConfig NewConfig()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };
        config.Apply(new LazadaMappings());
        config.Compile();
        return config;
    }

    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<LazadaOrderSource, MarketplaceOrder>()
            .ShallowCopyForSameType(true)
            .Map(d => d.Shop, s => s.Shop)
            .Map(d => d.ExternalOrderId, s => s.Order.OrderId.ToString(CultureInfo.InvariantCulture))
            .Map(d => d.Status, s => LazadaStatuses.ToHub(PlatformStatus(s)))
            .Map(d => d.PlatformStatus, s => PlatformStatus(s))
            .Map(d => d.Total, s => LazadaPrices.FromWire(s.Order.Price + s.Order.ShippingFee - s.Order.Voucher, CurrencyOf(s)))
            .Map(d => d.CreatedAt, s => s.Order.CreatedAt)
            .Map(d => d.UpdatedAt, s => s.Order.UpdatedAt)
            .Map(d => d.CashOnDelivery, s => string.Equals(s.Order.PaymentMethod, "COD", StringComparison.OrdinalIgnoreCase))
            .Map(d => d.Lines, s => Lines(s))
            .Map(d => d.ShippingAddress, s => Address(s.Order.AddressShipping))
            .Map(d => d.TrackingNumber, s => s.Items.Select(i => i.TrackingCode).FirstOrDefault(t => !string.IsNullOrEmpty(t)))
            .Ignore(d => d.PaidAt, d => d.ShipBy); // not in /order/get

        config.NewConfig<LazadaItemSource, MarketplaceItem>()
            .ShallowCopyForSameType(true)
            .Map(d => d.Shop, s => s.Shop)
            .Map(d => d.ExternalItemId, s => s.Product.ItemId.ToString(CultureInfo.InvariantCulture))
            .Map(d => d.Sku, s => Skus(s.Product).Count == 1 ? Skus(s.Product)[0].SellerSku : "")
            .Map(d => d.Title, s => s.Product.Attributes != null && s.Product.Attributes.ContainsKey("name") ? s.Product.Attributes["name"] : "")
            .Map(d => d.Status, s => LazadaStatuses.ToListing(s.Product.Status, Skus(s.Product).Select(k => k.Status)))
            .Map(d => d.UpdatedAt, s => DateTimeOffset.FromUnixTimeMilliseconds(s.Product.UpdatedTime))
            .Map(d => d.Price, s => Skus(s.Product).Count == 1 ? SkuPrice(Skus(s.Product)[0], s.Currency) : (Money?)null)
            .Map(d => d.Stock, s => Skus(s.Product).Count == 1 ? Skus(s.Product)[0].Quantity : (int?)null)
            .Map(d => d.Variants, s => Skus(s.Product).Select(k => new MarketplaceVariant(k.SkuId.ToString(CultureInfo.InvariantCulture), k.SellerSku, SkuPrice(k, s.Currency), k.Quantity)).ToList());
    }

    private static string PlatformStatus(LazadaOrderSource source) =>
        LazadaStatuses.OrderStatusOf(source.Items.Count > 0 ? [.. source.Items.Select(i => i.Status).Distinct(StringComparer.Ordinal)] : source.Order.Statuses ?? []);

    private static string CurrencyOf(LazadaOrderSource source) =>
        source.Items.Count > 0 && !string.IsNullOrEmpty(source.Items[0].Currency) ? source.Items[0].Currency : source.ShopCurrency;

    /// <summary>Lazada lists one order item per unit: units of the same SKU at the same price become one line.</summary>
    private static List<OrderLine> Lines(LazadaOrderSource source) =>
        source.Items
            .Where(i => i.Status != LazadaStatuses.Canceled || source.Items.All(o => o.Status == LazadaStatuses.Canceled))
            .GroupBy(i => (i.ProductId, i.SkuId, i.PaidPrice))
            .Select(g => new OrderLine(
                g.Key.ProductId.ToString(CultureInfo.InvariantCulture),
                g.Key.SkuId.ToString(CultureInfo.InvariantCulture),
                g.First().Sku ?? "",
                g.First().Name ?? "",
                g.Count(),
                LazadaPrices.FromWire(g.Key.PaidPrice, string.IsNullOrEmpty(g.First().Currency) ? source.ShopCurrency : g.First().Currency)))
            .ToList();

    private static ShippingAddress? Address(OrderAddressDto? a) =>
        a is null
            ? null
            : new ShippingAddress($"{a.FirstName} {a.LastName}".Trim(), a.Phone ?? "", a.Address1 ?? "", "", a.City ?? "", "", a.Country ?? "", a.PostCode ?? "");

    private static IReadOnlyList<ProductSkuDto> Skus(ProductDto product) => product.Skus ?? [];

    private static Money SkuPrice(ProductSkuDto sku, string currency) =>
        LazadaPrices.FromWire(sku.SpecialPrice is > 0 ? sku.SpecialPrice.Value : sku.Price, currency);
}
