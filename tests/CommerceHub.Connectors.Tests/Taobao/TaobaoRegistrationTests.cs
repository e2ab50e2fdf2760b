using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Taobao;
using Mapster;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CommerceHub.Connectors.Tests.Taobao;

public sealed class TaobaoRegistrationTests
{
    [Fact]
    public void Mappings_Compile_EveryDestinationMemberHasASource()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };
        config.Apply(new TaobaoMappings());

        config.Compile(); // throws on any unmapped destination member
        Assert.NotNull(config.GetMapFunction<TaobaoTradeSource, MarketplaceOrder>());
        Assert.NotNull(config.GetMapFunction<TaobaoItemSource, MarketplaceItem>());
    }

    [Fact]
    public void AddTaobaoConnector_EveryCapability_ResolvesKeyedToOneConnector()
    {
        using var provider = Provider(new() { ["Connectors:Taobao:AppKey"] = "1", ["Connectors:Taobao:AppSecret"] = "app-secret-1" });

        var connector = provider.GetRequiredService<TaobaoConnector>();

        Assert.Same(connector, provider.GetRequiredKeyedService<ICatalogPublisher>(Marketplace.Taobao));
        Assert.Same(connector, provider.GetRequiredKeyedService<IInventorySink>(Marketplace.Taobao));
        Assert.Same(connector, provider.GetRequiredKeyedService<IPriceSink>(Marketplace.Taobao));
        Assert.Same(connector, provider.GetRequiredKeyedService<IItemSource>(Marketplace.Taobao));
        Assert.Same(connector, provider.GetRequiredKeyedService<IOrderSource>(Marketplace.Taobao));
        Assert.Same(connector, provider.GetRequiredKeyedService<IShipmentSink>(Marketplace.Taobao));
        Assert.NotNull(provider.GetRequiredKeyedService<IShopAuthorizer>(Marketplace.Taobao));
    }

    [Fact]
    public void AddTaobaoConnector_MissingSecretOrUnknownSignMethod_FailsValidation()
    {
        using var provider = Provider(new() { ["Connectors:Taobao:AppKey"] = "1", ["Connectors:Taobao:SignMethod"] = "sha1" });

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TaobaoOptions>>().Value);

        Assert.Contains("AppSecret", exception.Message, StringComparison.Ordinal);
        Assert.Contains("SignMethod", exception.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        // Never reached by these tests; abortConnect=false lets it exist without a server.
        services.AddSingleton<StackExchange.Redis.IConnectionMultiplexer>(_ => StackExchange.Redis.ConnectionMultiplexer.Connect("127.0.0.1:1,abortConnect=false,connectTimeout=100"));
        services.AddSingleton<IShopTokenStore, Shared.InMemoryShopTokenStore>();
        services.AddTaobaoConnector();
        return services.BuildServiceProvider();
    }
}
