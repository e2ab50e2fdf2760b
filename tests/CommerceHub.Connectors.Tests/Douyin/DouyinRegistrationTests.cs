using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Douyin;
using CommerceHub.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.Connectors.Tests.Douyin;

public sealed class DouyinRegistrationTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task AddDouyinConnector_RegistersItsCapabilitiesUnderDouyinOnly()
    {
        await using var harness = await DouyinHarness.StartAsync(redis);
        var node = harness.Node();

        Assert.Same(node.Connector, node.Capability<IInventorySink>());
        Assert.Same(node.Connector, node.Capability<IPriceSink>());
        Assert.Same(node.Connector, node.Capability<IItemSource>());
        Assert.Same(node.Connector, node.Capability<IOrderSource>());
        Assert.Same(node.Connector, node.Capability<IShipmentSink>());
        Assert.Same(node.Connector, node.Capability<IPushReceiver>());
        Assert.NotNull(node.Services.GetRequiredKeyedService<IShopAuthorizer>(Marketplace.Douyin));
        Assert.Null(node.Services.GetKeyedService<ICatalogPublisher>(Marketplace.Douyin));
        Assert.Null(node.Services.GetKeyedService<IOrderSource>(Marketplace.JD));
    }
}
