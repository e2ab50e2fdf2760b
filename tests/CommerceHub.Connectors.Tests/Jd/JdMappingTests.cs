using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Jd;
using Mapster;

namespace CommerceHub.Connectors.Tests.Jd;

public sealed class JdMappingTests
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
}
