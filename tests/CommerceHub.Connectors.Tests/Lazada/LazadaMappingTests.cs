using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Lazada;
using CommerceHub.Connectors.Lazada.Dtos;
using Mapster;

namespace CommerceHub.Connectors.Tests.Lazada;

public sealed class LazadaMappingTests
{
    [Fact]
    public void Mappings_Compile_EveryDestinationMemberHasASource()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };
        config.Apply(new LazadaMappings());

        config.Compile(); // throws on any unmapped destination member
        Assert.NotNull(config.GetMapFunction<LazadaOrderSource, MarketplaceOrder>());
        Assert.NotNull(config.GetMapFunction<LazadaItemSource, MarketplaceItem>());
    }

    [Fact]
    public void Mappings_VndOrderWithUnitsPerItem_OneLinePerSkuAndWholeDong()
    {
        var mapper = new MapsterMapper.Mapper(LazadaMappings.NewConfig());
        var created = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.FromHours(7));
        var order = new OrderDto(42, 300_000.00m, 15_000.00m, 0m, "COD", ["pending", "packed"], created, created.AddMinutes(5), null);
        var items = new List<OrderItemDto>
        {
            new(1, 42, 8001, 9001, "TEE-M", "Tee", 150_000.00m, "VND", "pending", "", "", created),
            new(2, 42, 8001, 9001, "TEE-M", "Tee", 150_000.00m, "VND", "packed", "FP1", "LEXVN1", created),
        };

        var mapped = mapper.Map<MarketplaceOrder>(new LazadaOrderSource(new ShopRef(Marketplace.Lazada, "1"), order, items, "VND"));

        Assert.Equal("pending", mapped.PlatformStatus);
        Assert.Equal(OrderStatus.ReadyToShip, mapped.Status);
        Assert.Equal(Money.Of(315_000, "VND"), mapped.Total);
        Assert.Equal("315000 VND", mapped.Total.ToString());
        Assert.True(mapped.CashOnDelivery);
        Assert.Equal("LEXVN1", mapped.TrackingNumber);
        var line = Assert.Single(mapped.Lines);
        Assert.Equal(("TEE-M", "9001", 2, Money.Of(150_000, "VND")), (line.Sku, line.ExternalVariantId, line.Quantity, line.UnitPrice));
    }
}
