using System.Text;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Douyin;
using CommerceHub.Connectors.Runtime;
using CommerceHub.Connectors.Tests.Shared;
using CommerceHub.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.Connectors.Tests.Douyin;

public sealed class DouyinPushTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task Receive_SandboxOrderPushes_VerifiedParsedAndAdmitted()
    {
        await using var harness = await DouyinHarness.StartAsync(redis);
        var node = harness.Node();
        await using var endpoint = await PushEndpoint.StartAsync(node.Capability<IPushReceiver>(), node.Services.GetRequiredService<PushGate>());
        await harness.PutAsync("webhook", new { url = endpoint.Url.ToString() });
        var shop = await harness.AuthorizeAsync(node);
        await harness.AddProductAsync(shop.ShopId, "奶粉", ("MILK", 168m, 10));

        var orderId = (await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 1 })).GetProperty("orderIds")[0].GetString()!;
        await node.Connector.ArrangeShipmentAsync(shop, new ShipmentRequest(orderId, ShipmentMethod.SellerCarrier, "ZT1"));
        var received = await endpoint.WaitForAsync(2);

        Assert.Equal(2, received.Count);
        Assert.All(received, r => Assert.True(r.Verified));
        Assert.All(received, r => Assert.Equal(PushDecision.Fresh, r.Decision));
        Assert.All(received, r => Assert.Equal((PushKind.OrderStatusChanged, shop, orderId), (r.Push!.Kind, r.Push.Shop, r.Push.ExternalOrderId)));
        Assert.Equal([OrderStatus.ReadyToShip, OrderStatus.Shipped], received.Select(r => r.Push!.Status!.Value).Order());
    }

    [Fact]
    public async Task Receive_DuplicatedPushes_SecondCopyIsDuplicate()
    {
        await using var harness = await DouyinHarness.StartAsync(redis);
        var node = harness.Node();
        await using var endpoint = await PushEndpoint.StartAsync(node.Capability<IPushReceiver>(), node.Services.GetRequiredService<PushGate>());
        await harness.PutAsync("webhook", new { url = endpoint.Url.ToString() });
        var shop = await harness.AuthorizeAsync(node);
        await harness.AddProductAsync(shop.ShopId, "奶粉", ("MILK", 168m, 10));
        await harness.PutAsync("faults", new { webhookDuplicateRate = 1.0 });

        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 3 });
        var received = await endpoint.WaitForAsync(6);

        Assert.Equal(6, received.Count);
        Assert.Equal(3, received.Count(r => r.Decision == PushDecision.Fresh));
        Assert.Equal(3, received.Count(r => r.Decision == PushDecision.Duplicate));
    }

    [Fact]
    public void VerifyAndParse_TamperedBodyRefusedAndSeveralMessagesNeedParseAll()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSingleton<TimeProvider>(TimeProvider.System)
            .AddLogging()
            .AddSingleton<StackExchange.Redis.IConnectionMultiplexer>(_ => redis.Connect())
            .AddSingleton<IShopTokenStore>(new InMemoryShopTokenStore())
            .AddDouyinConnector(o => { o.AppKey = DouyinHarness.AppKey; o.AppSecret = DouyinHarness.AppSecret; })
            .BuildServiceProvider();
        var receiver = provider.GetRequiredService<DouyinConnector>();
        const string message = "{\"tag\":\"106\",\"msg_id\":\"m1\",\"data\":\"{\\\"p_id\\\":6920000000000000001,\\\"shop_id\\\":80000001,\\\"order_status\\\":4,\\\"update_time\\\":1700000000}\"}";
        var body = $"[{message}]";
        var twice = $"[{message},{message.Replace("m1", "m2", StringComparison.Ordinal)}]";
        InboundPush Push(string raw, string sign) => new(new Uri("https://hub.example/douyin"), raw, new Dictionary<string, string> { ["event-sign"] = sign });

        var push = Push(body, DouyinSigner.PushSignature(DouyinHarness.AppKey, DouyinHarness.AppSecret, body));
        var parsed = receiver.Parse(push);

        Assert.True(receiver.Verify(push));
        Assert.False(receiver.Verify(Push(body.Replace("106", "101", StringComparison.Ordinal), push.Headers["event-sign"])));
        Assert.Equal((OrderStatus.Cancelled, "6920000000000000001", "m1"), (parsed.Status!.Value, parsed.ExternalOrderId, parsed.DedupKey));
        Assert.Throws<MarketplaceValidationException>(() => receiver.Parse(Push(twice, "")));
        Assert.Equal(["m1", "m2"], DouyinConnector.ParseAll(Push(twice, "")).Select(p => p.DedupKey));
        Assert.Throws<MarketplaceValidationException>(() => receiver.Parse(Push(Encoding.UTF8.GetString([0x5b, 0x7b]), "")));
    }
}
