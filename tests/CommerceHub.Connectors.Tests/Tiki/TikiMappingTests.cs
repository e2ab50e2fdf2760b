using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Tiki;
using CommerceHub.Connectors.Tiki.Dtos;
using Mapster;

namespace CommerceHub.Connectors.Tests.Tiki;

public sealed class TikiMappingTests
{
    [Fact]
    public void Mappings_Compile_EveryDestinationMemberHasASource()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };
        config.Apply(new TikiMappings());

        config.Compile(); // throws on any unmapped destination member
        Assert.NotNull(config.GetMapFunction<TikiOrderSource, MarketplaceOrder>());
    }

    [Fact]
    public void Mappings_Order_IntegerVndAndLocalTimesConverted()
    {
        var mapper = new MapsterMapper.Mapper(TikiMappings.NewConfig());
        var dto = new OrderDto(900_000_001, "100000001", "queueing", "dropship", "2026-11-23 07:30:00", "2026-11-23 08:00:05",
            [new OrderItemDto(1, new OrderProductDto(5001, "TK5001", "TEE-M", "Tee"), new OrderItemInvoiceDto(150_000, 2))],
            new OrderInvoiceDto(300_000), null);

        var order = mapper.Map<MarketplaceOrder>(new TikiOrderSource(TikiHarness.A, dto));

        Assert.Equal(OrderStatus.ReadyToShip, order.Status);
        Assert.Equal(Money.Of(300_000, "VND"), order.Total);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 0, 30, 0, TimeSpan.Zero), order.CreatedAt);
        Assert.Equal(TimeSpan.FromHours(7), order.UpdatedAt.Offset);
        var line = Assert.Single(order.Lines);
        Assert.Equal(("5001", "TEE-M", 2, Money.Of(150_000, "VND")), (line.ExternalItemId, line.Sku, line.Quantity, line.UnitPrice));
    }
}
