using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.TikTok;
using CommerceHub.Connectors.TikTok.Dtos;
using Mapster;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CommerceHub.Connectors.Tests.TikTok;

public sealed class TikTokRegistrationTests
{
    [Fact]
    public void Mappings_Compile_EveryDestinationMemberHasASource()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };
        config.Apply(new TikTokMappings());

        config.Compile(); // throws on any unmapped destination member
        Assert.NotNull(config.GetMapFunction<TikTokOrderSource, MarketplaceOrder>());
    }

    [Fact]
    public void Mappings_OrderWithStringAmounts_ExactDecimalsAndUnitsFolded()
    {
        var mapper = new MapsterMapper.Mapper(TikTokMappings.NewConfig());
        var dto = new OrderDto("576000000000000001", "AWAITING_SHIPMENT", 1_700_000_000, 1_700_000_100, 1_700_000_050, "",
            new PaymentDto("MYR", "70.20", "0", "70.20"),
            new RecipientAddressDto("Buyer", "(+60)1****9", "1 Jalan", "50000", "MY"),
            [Line("1", "0.1"), Line("2", "0.1"), Line("3", "70.00")],
            [new PackageDto("1152000000000000001")]);

        var order = mapper.Map<MarketplaceOrder>(new TikTokOrderSource(new ShopRef(Marketplace.TikTokShop, "1"), dto));

        Assert.Equal(OrderStatus.ReadyToShip, order.Status);
        Assert.Equal(new Money(70.20m, "MYR"), order.Total);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_050), order.PaidAt);
        Assert.Null(order.TrackingNumber);
        Assert.Equal(2, order.Lines.Count);
        Assert.Equal((2, new Money(0.1m, "MYR")), (order.Lines[0].Quantity, order.Lines[0].UnitPrice));
        Assert.Equal(70.20m, order.Lines.Sum(l => l.UnitPrice.Amount * l.Quantity));
    }

    [Fact]
    public void AddTikTokConnector_EveryCapability_ResolvesKeyedToOneConnector()
    {
        using var provider = Provider(new() { ["Connectors:TikTok:AppKey"] = "app-1", ["Connectors:TikTok:AppSecret"] = "app-secret-1" });

        var connector = provider.GetRequiredService<TikTokConnector>();

        Assert.Same(connector, provider.GetRequiredKeyedService<ICatalogPublisher>(Marketplace.TikTokShop));
        Assert.Same(connector, provider.GetRequiredKeyedService<IInventorySink>(Marketplace.TikTokShop));
        Assert.Same(connector, provider.GetRequiredKeyedService<IPriceSink>(Marketplace.TikTokShop));
        Assert.Same(connector, provider.GetRequiredKeyedService<IItemSource>(Marketplace.TikTokShop));
        Assert.Same(connector, provider.GetRequiredKeyedService<IOrderSource>(Marketplace.TikTokShop));
        Assert.Same(connector, provider.GetRequiredKeyedService<IOrderBatchSource>(Marketplace.TikTokShop));
        Assert.Same(connector, provider.GetRequiredKeyedService<IShipmentSink>(Marketplace.TikTokShop));
        Assert.Same(connector, provider.GetRequiredKeyedService<IPushReceiver>(Marketplace.TikTokShop));
        Assert.NotNull(provider.GetRequiredKeyedService<IShopAuthorizer>(Marketplace.TikTokShop));
        Assert.Null(provider.GetKeyedService<IOrderSource>(Marketplace.Lazada));
    }

    [Fact]
    public void AddTikTokConnector_MissingAppSecret_FailsValidation()
    {
        using var provider = Provider(new() { ["Connectors:TikTok:AppKey"] = "app-1" });

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TikTokOptions>>().Value);

        Assert.Contains("AppSecret", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddTikTokConnector_ApiLimitAbovePlatformLimit_FailsValidation()
    {
        using var provider = Provider(new() { ["Connectors:TikTok:AppKey"] = "app-1", ["Connectors:TikTok:AppSecret"] = "app-secret-1", ["Connectors:TikTok:ApiPermitsPerSecond"] = "60" });

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TikTokOptions>>().Value);

        Assert.Contains("ApiPermitsPerSecond", exception.Message, StringComparison.Ordinal);
    }

    private static LineItemDto Line(string id, string price) =>
        new(id, "1729000000000000001", "Tee", "1730000000000000001", "Red", "TEE-RED", price, "MYR", null);

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        // Never reached by these tests; abortConnect=false lets it exist without a server.
        services.AddSingleton<StackExchange.Redis.IConnectionMultiplexer>(_ => StackExchange.Redis.ConnectionMultiplexer.Connect("127.0.0.1:1,abortConnect=false,connectTimeout=100"));
        services.AddSingleton<IShopTokenStore, Shared.InMemoryShopTokenStore>();
        services.AddTikTokConnector();
        return services.BuildServiceProvider();
    }
}
