using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Shopee;
using CommerceHub.Connectors.Shopee.Dtos;
using Mapster;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CommerceHub.Connectors.Tests.Shopee;

public sealed class ShopeeRegistrationTests
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

    [Fact]
    public void AddShopeeConnector_EveryCapability_ResolvesKeyedToOneConnector()
    {
        using var provider = Provider(new() { ["Connectors:Shopee:PartnerId"] = "1", ["Connectors:Shopee:PartnerKey"] = "partner-key-1" });

        var connector = provider.GetRequiredService<ShopeeConnector>();

        Assert.Same(connector, provider.GetRequiredKeyedService<ICatalogPublisher>(Marketplace.Shopee));
        Assert.Same(connector, provider.GetRequiredKeyedService<IInventorySink>(Marketplace.Shopee));
        Assert.Same(connector, provider.GetRequiredKeyedService<IPriceSink>(Marketplace.Shopee));
        Assert.Same(connector, provider.GetRequiredKeyedService<IItemSource>(Marketplace.Shopee));
        Assert.Same(connector, provider.GetRequiredKeyedService<IOrderSource>(Marketplace.Shopee));
        Assert.Same(connector, provider.GetRequiredKeyedService<IOrderBatchSource>(Marketplace.Shopee));
        Assert.Same(connector, provider.GetRequiredKeyedService<IShipmentSink>(Marketplace.Shopee));
        Assert.Same(connector, provider.GetRequiredKeyedService<IPushReceiver>(Marketplace.Shopee));
        Assert.NotNull(provider.GetRequiredKeyedService<IShopAuthorizer>(Marketplace.Shopee));
        Assert.Null(provider.GetKeyedService<IOrderSource>(Marketplace.Lazada));
    }

    [Fact]
    public void AddShopeeConnector_MissingPartnerKey_FailsValidation()
    {
        using var provider = Provider(new() { ["Connectors:Shopee:PartnerId"] = "1" });

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ShopeeOptions>>().Value);

        Assert.Contains("PartnerKey", exception.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        // Never reached by these tests; abortConnect=false lets it exist without a server.
        services.AddSingleton<StackExchange.Redis.IConnectionMultiplexer>(_ => StackExchange.Redis.ConnectionMultiplexer.Connect("127.0.0.1:1,abortConnect=false,connectTimeout=100"));
        services.AddSingleton<IShopTokenStore, Shared.InMemoryShopTokenStore>();
        services.AddShopeeConnector();
        return services.BuildServiceProvider();
    }
}
