using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Jd;
using CommerceHub.Connectors.Lazada;
using CommerceHub.Connectors.Shopee;
using CommerceHub.Connectors.Taobao;
using CommerceHub.Connectors.Tiki;
using CommerceHub.Connectors.TikTok;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CommerceHub.Connectors.Tests.Shared;

/// <summary>
/// Each Add&lt;Platform&gt;Connector registers exactly the capabilities listed here (written out, not read from the
/// connector type, so a capability lost or added by mistake fails) and validates its options at start-up.
/// </summary>
public sealed class ConnectorRegistrationTests
{
    private static readonly Type[] Capabilities =
    [
        typeof(ICatalogPublisher), typeof(IInventorySink), typeof(IPriceSink), typeof(IItemSource),
        typeof(IOrderSource), typeof(IOrderBatchSource), typeof(IShipmentSink), typeof(IPushReceiver), typeof(IEventFeed),
        typeof(ILockedStockSource), typeof(IListingRequestPublisher),
    ];

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["Shopee"] = new(
            Marketplace.Shopee, s => s.AddShopeeConnector(), typeof(ShopeeConnector),
            new() { ["Connectors:Shopee:PartnerId"] = "1", ["Connectors:Shopee:PartnerKey"] = "partner-key-1" },
            [typeof(ICatalogPublisher), typeof(IInventorySink), typeof(IPriceSink), typeof(IItemSource), typeof(IOrderSource), typeof(IOrderBatchSource), typeof(IShipmentSink), typeof(IPushReceiver), typeof(ILockedStockSource)],
            new() { ["Connectors:Shopee:PartnerId"] = "1" },
            sp => sp.GetRequiredService<IOptions<ShopeeOptions>>().Value,
            ["PartnerKey"]),
        ["Lazada"] = new(
            Marketplace.Lazada, s => s.AddLazadaConnector(), typeof(LazadaConnector),
            new() { ["Connectors:Lazada:AppKey"] = "1", ["Connectors:Lazada:AppSecret"] = "app-secret-1" },
            [typeof(ICatalogPublisher), typeof(IInventorySink), typeof(IPriceSink), typeof(IItemSource), typeof(IOrderSource), typeof(IShipmentSink), typeof(IPushReceiver), typeof(ILockedStockSource)],
            new() { ["Connectors:Lazada:AppKey"] = "1", ["Connectors:Lazada:SkusPerCall"] = "51" },
            sp => sp.GetRequiredService<IOptions<LazadaOptions>>().Value,
            ["AppSecret", "SkusPerCall"]),
        ["TikTok"] = new(
            Marketplace.TikTokShop, s => s.AddTikTokConnector(), typeof(TikTokConnector),
            new() { ["Connectors:TikTok:AppKey"] = "app-1", ["Connectors:TikTok:AppSecret"] = "app-secret-1" },
            [typeof(ICatalogPublisher), typeof(IInventorySink), typeof(IPriceSink), typeof(IItemSource), typeof(IOrderSource), typeof(IOrderBatchSource), typeof(IShipmentSink), typeof(IPushReceiver)],
            new() { ["Connectors:TikTok:AppKey"] = "app-1", ["Connectors:TikTok:ApiPermitsPerSecond"] = "60" },
            sp => sp.GetRequiredService<IOptions<TikTokOptions>>().Value,
            ["AppSecret", "ApiPermitsPerSecond"]),
        ["Tiki"] = new(
            Marketplace.Tiki, s => s.AddTikiConnector(), typeof(TikiConnector),
            new() { ["Connectors:Tiki:ClientId"] = "app", ["Connectors:Tiki:ClientSecret"] = "client-secret-1" },
            [typeof(IInventorySink), typeof(IPriceSink), typeof(IItemSource), typeof(IOrderSource), typeof(IShipmentSink), typeof(IEventFeed), typeof(IListingRequestPublisher)],
            new() { ["Connectors:Tiki:ClientId"] = "app" },
            sp => sp.GetRequiredService<IOptions<TikiOptions>>().Value,
            ["ClientSecret"]),
        ["JD"] = new(
            Marketplace.JD, s => s.AddJdConnector(), typeof(JdConnector),
            new() { ["Connectors:JD:AppKey"] = "1", ["Connectors:JD:AppSecret"] = "app-secret-1" },
            [typeof(IInventorySink), typeof(IPriceSink), typeof(IItemSource), typeof(IOrderSource), typeof(IShipmentSink)],
            new() { ["Connectors:JD:AppKey"] = "1", ["Connectors:JD:OrderPageSize"] = "101" },
            sp => sp.GetRequiredService<IOptions<JdOptions>>().Value,
            ["AppSecret", "OrderPageSize"]),
        ["Taobao"] = new(
            Marketplace.Taobao, s => s.AddTaobaoConnector(), typeof(TaobaoConnector),
            new() { ["Connectors:Taobao:AppKey"] = "1", ["Connectors:Taobao:AppSecret"] = "app-secret-1" },
            [typeof(ICatalogPublisher), typeof(IInventorySink), typeof(IPriceSink), typeof(IItemSource), typeof(IOrderSource), typeof(IShipmentSink)],
            new() { ["Connectors:Taobao:AppKey"] = "1", ["Connectors:Taobao:SignMethod"] = "sha1" },
            sp => sp.GetRequiredService<IOptions<TaobaoOptions>>().Value,
            ["AppSecret", "SignMethod"]),
    };

    public static TheoryData<string> Platforms => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Platforms))]
    public void AddConnector_ListedCapabilities_ResolveKeyedToOneConnectorAndNoOthers(string platform)
    {
        var test = Cases[platform];
        using var provider = Provider(test.Register, test.Valid);

        var connector = provider.GetRequiredService(test.ConnectorType);

        foreach (var capability in Capabilities)
        {
            var resolved = provider.GetKeyedService(capability, test.Marketplace);
            if (test.Expected.Contains(capability))
            {
                Assert.Same(connector, resolved);
            }
            else
            {
                Assert.Null(resolved);
            }
        }

        Assert.NotNull(provider.GetRequiredKeyedService<IShopAuthorizer>(test.Marketplace));
        var other = test.Marketplace == Marketplace.Shopee ? Marketplace.Lazada : Marketplace.Shopee;
        Assert.Null(provider.GetKeyedService<IOrderSource>(other));
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public void AddConnector_InvalidSettings_FailValidationNamingEachSetting(string platform)
    {
        var test = Cases[platform];
        using var provider = Provider(test.Register, test.Invalid);

        var exception = Assert.Throws<OptionsValidationException>(() => test.ReadOptions(provider));

        foreach (var setting in test.InvalidSettings)
        {
            Assert.Contains(setting, exception.Message, StringComparison.Ordinal);
        }
    }

    private static ServiceProvider Provider(Action<IServiceCollection> register, Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        // Never reached by these tests; abortConnect=false lets it exist without a server.
        services.AddSingleton<StackExchange.Redis.IConnectionMultiplexer>(_ => StackExchange.Redis.ConnectionMultiplexer.Connect("127.0.0.1:1,abortConnect=false,connectTimeout=100"));
        services.AddSingleton<IShopTokenStore, InMemoryShopTokenStore>();
        register(services);
        return services.BuildServiceProvider();
    }

    private sealed record Case(
        Marketplace Marketplace,
        Action<IServiceCollection> Register,
        Type ConnectorType,
        Dictionary<string, string?> Valid,
        Type[] Expected,
        Dictionary<string, string?> Invalid,
        Func<IServiceProvider, object> ReadOptions,
        string[] InvalidSettings);
}
