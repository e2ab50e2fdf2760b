using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Jd;
using Mapster;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CommerceHub.Connectors.Tests.Jd;

public sealed class JdRegistrationTests
{
    [Fact]
    public void Mappings_Compile_EveryDestinationMemberHasASource()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };
        config.Apply(new JdMappings());

        config.Compile(); // throws on any unmapped destination member
        Assert.NotNull(config.GetMapFunction<JdOrderSource, MarketplaceOrder>());
        Assert.NotNull(config.GetMapFunction<JdWareSource, MarketplaceItem>());
    }

    [Fact]
    public void AddJdConnector_EveryCapability_ResolvesKeyedToOneConnector()
    {
        using var provider = Provider(new() { ["Connectors:JD:AppKey"] = "1", ["Connectors:JD:AppSecret"] = "app-secret-1" });

        var connector = provider.GetRequiredService<JdConnector>();

        Assert.Same(connector, provider.GetRequiredKeyedService<IInventorySink>(Marketplace.JD));
        Assert.Same(connector, provider.GetRequiredKeyedService<IPriceSink>(Marketplace.JD));
        Assert.Same(connector, provider.GetRequiredKeyedService<IItemSource>(Marketplace.JD));
        Assert.Same(connector, provider.GetRequiredKeyedService<IOrderSource>(Marketplace.JD));
        Assert.Same(connector, provider.GetRequiredKeyedService<IShipmentSink>(Marketplace.JD));
        Assert.NotNull(provider.GetRequiredKeyedService<IShopAuthorizer>(Marketplace.JD));
    }

    [Fact]
    public void AddJdConnector_MissingSecretOrPageOver100_FailsValidation()
    {
        using var provider = Provider(new() { ["Connectors:JD:AppKey"] = "1", ["Connectors:JD:OrderPageSize"] = "101" });

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<JdOptions>>().Value);

        Assert.Contains("AppSecret", exception.Message, StringComparison.Ordinal);
        Assert.Contains("OrderPageSize", exception.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        // Never reached by these tests; abortConnect=false lets it exist without a server.
        services.AddSingleton<StackExchange.Redis.IConnectionMultiplexer>(_ => StackExchange.Redis.ConnectionMultiplexer.Connect("127.0.0.1:1,abortConnect=false,connectTimeout=100"));
        services.AddSingleton<IShopTokenStore, Shared.InMemoryShopTokenStore>();
        services.AddJdConnector();
        return services.BuildServiceProvider();
    }
}
