using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Shopee;
using CommerceHub.Connectors.Shopee.Dtos;
using Mapster;

namespace CommerceHub.Connectors.Tests.Shopee;

public sealed class ShopeeMappingTests
{
    [Fact]
    public void Mappings_Compile_EveryDestinationMemberHasASource()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };
        config.Apply(new ShopeeMappings());

        config.Compile(); // throws on any unmapped destination member
        Assert.NotNull(config.GetMapFunction<ShopeeOrderSource, MarketplaceOrder>());
    }

    [Fact]
    public void Mappings_OrderDetail_MoneyAndTimesConverted()
    {
        var mapper = new MapsterMapper.Mapper(ShopeeMappings.NewConfig());
        var dto = new OrderDetailDto("2611030000001A", "VN", "VND", false, "READY_TO_SHIP", 1_700_000_000, 1_700_000_100, 1_700_000_050, null, 300_000m,
            [new OrderItemDto(8001, "Tee", "TEE", 9001, "Red,M", "TEE-RED-M", 2, 150_000m)], null);

        var order = mapper.Map<MarketplaceOrder>(new ShopeeOrderSource(new ShopRef(Marketplace.Shopee, "1"), dto));

        Assert.Equal(OrderStatus.ReadyToShip, order.Status);
        Assert.Equal(Money.Of(300_000, "VND"), order.Total);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_050), order.PaidAt);
        var line = Assert.Single(order.Lines);
        Assert.Equal(("TEE-RED-M", "9001", 2, Money.Of(150_000, "VND")), (line.Sku, line.ExternalVariantId, line.Quantity, line.UnitPrice));
    }
}
