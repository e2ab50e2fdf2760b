using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Taobao;
using Mapster;

namespace CommerceHub.Connectors.Tests.Taobao;

public sealed class TaobaoMappingTests
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
}
