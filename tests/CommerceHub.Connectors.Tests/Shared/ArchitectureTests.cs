using System.Reflection;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Douyin;
using CommerceHub.Connectors.Jd;
using CommerceHub.Connectors.Lazada;
using CommerceHub.Connectors.Runtime;
using CommerceHub.Connectors.Shopee;
using CommerceHub.Connectors.Taobao;
using CommerceHub.Connectors.Tiki;
using CommerceHub.Connectors.TikTok;

namespace CommerceHub.Connectors.Tests.Shared;

public sealed class ArchitectureTests
{
    private static readonly Assembly[] Connectors =
    [
        typeof(ShopeeConnector).Assembly, typeof(TikiConnector).Assembly, typeof(TikTokConnector).Assembly, typeof(LazadaConnector).Assembly,
        typeof(DouyinConnector).Assembly, typeof(TaobaoConnector).Assembly, typeof(JdConnector).Assembly,
    ];

    [Fact]
    public void Abstractions_References_NoHttpOrRedisLibrary()
    {
        var references = typeof(Marketplace).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.DoesNotContain(references, name => name is "RestSharp" or "StackExchange.Redis" or "Mapster" or "Polly.Core");
        Assert.DoesNotContain(references, name => name!.StartsWith("CommerceHub.", StringComparison.Ordinal));
    }

    [Fact]
    public void Connectors_References_NoOtherConnector()
    {
        foreach (var connector in Connectors)
        {
            var others = connector.GetReferencedAssemblies()
                .Select(a => a.Name!)
                .Where(n => n.StartsWith("CommerceHub.Connectors.", StringComparison.Ordinal)
                    && n is not ("CommerceHub.Connectors.Abstractions" or "CommerceHub.Connectors.Runtime"));
            Assert.Empty(others);
        }
    }

    [Fact]
    public void Runtime_References_NoConnector()
    {
        var references = typeof(MarketplaceCallRunner).Assembly.GetReferencedAssemblies().Select(a => a.Name!);

        Assert.DoesNotContain(references, n => n.StartsWith("CommerceHub.Connectors.", StringComparison.Ordinal) && n != "CommerceHub.Connectors.Abstractions");
    }

    [Fact]
    public void Connectors_DtoTypes_AreInternalRecords()
    {
        foreach (var connector in Connectors)
        {
            var dtos = connector.GetTypes().Where(t => t.Namespace?.EndsWith(".Dtos", StringComparison.Ordinal) == true && !t.IsNested).ToList();
            Assert.NotEmpty(dtos);
            Assert.All(dtos, t => Assert.True(!t.IsPublic && t.GetMethod("<Clone>$") is not null, $"{t.Name} should be an internal record"));
        }
    }

    [Fact]
    public void Connectors_Each_HasAddConnectorExtension()
    {
        foreach (var connector in Connectors)
        {
            var adders = connector.GetTypes()
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
                .Where(m => m.Name.StartsWith("Add", StringComparison.Ordinal) && m.Name.EndsWith("Connector", StringComparison.Ordinal));
            Assert.Single(adders);
        }
    }
}
