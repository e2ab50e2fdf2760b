using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Tiki;
using CommerceHub.Connectors.Tiki.Dtos;
using Mapster;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CommerceHub.Connectors.Tests.Tiki;

public sealed class TikiRegistrationTests
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

    [Fact]
    public void AddTikiConnector_EveryCapability_ResolvesKeyedToOneConnector()
    {
        using var provider = Provider(new() { ["Connectors:Tiki:ClientId"] = "app", ["Connectors:Tiki:ClientSecret"] = "client-secret-1" });

        var connector = provider.GetRequiredService<TikiConnector>();

        Assert.Same(connector, provider.GetRequiredKeyedService<IInventorySink>(Marketplace.Tiki));
        Assert.Same(connector, provider.GetRequiredKeyedService<IPriceSink>(Marketplace.Tiki));
        Assert.Same(connector, provider.GetRequiredKeyedService<IItemSource>(Marketplace.Tiki));
        Assert.Same(connector, provider.GetRequiredKeyedService<IOrderSource>(Marketplace.Tiki));
        Assert.Same(connector, provider.GetRequiredKeyedService<IShipmentSink>(Marketplace.Tiki));
        Assert.Same(connector, provider.GetRequiredKeyedService<IEventFeed>(Marketplace.Tiki));
        Assert.NotNull(provider.GetRequiredKeyedService<IShopAuthorizer>(Marketplace.Tiki));
        Assert.Null(provider.GetKeyedService<IPushReceiver>(Marketplace.Tiki));
        Assert.Null(provider.GetKeyedService<IOrderSource>(Marketplace.Shopee));
    }

    [Fact]
    public void AddTikiConnector_MissingClientSecret_FailsValidation()
    {
        using var provider = Provider(new() { ["Connectors:Tiki:ClientId"] = "app" });

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TikiOptions>>().Value);

        Assert.Contains("ClientSecret", exception.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        // Never reached by these tests; abortConnect=false lets it exist without a server.
        services.AddSingleton<StackExchange.Redis.IConnectionMultiplexer>(_ => StackExchange.Redis.ConnectionMultiplexer.Connect("127.0.0.1:1,abortConnect=false,connectTimeout=100"));
        services.AddSingleton<IShopTokenStore, Shared.InMemoryShopTokenStore>();
        services.AddTikiConnector();
        return services.BuildServiceProvider();
    }
}
