using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Lazada;
using CommerceHub.Connectors.Runtime;
using CommerceHub.Connectors.Tests.Shared;
using CommerceHub.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.Connectors.Tests.Lazada;

public sealed class LazadaPushTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task Receive_SandboxOrderPushes_VerifiedParsedAndEachAdmittedOnce()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node();
        await using var endpoint = await PushEndpoint.StartAsync(node.Capability<IPushReceiver>(), node.Services.GetRequiredService<PushGate>());
        await harness.PutAsync("webhook", new { appId = LazadaHarness.AppKey, url = endpoint.Url.ToString() });
        var shop = await harness.AuthorizeAsync(node, LazadaHarness.SellerVn);
        await LazadaHarness.ListSimpleAsync(node, shop, "TEE");

        var report = await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 2, advanceTo = "packed", stepDelayMs = 20 });
        var received = await endpoint.WaitForAsync(6); // unpaid, pending, packed for each order

        Assert.Equal(6, received.Count);
        Assert.All(received, r => Assert.True(r.Verified));
        Assert.All(received, r => Assert.Equal(PushDecision.Fresh, r.Decision));
        Assert.All(received, r => Assert.Equal((PushKind.OrderStatusChanged, shop, "0"), (r.Push!.Kind, r.Push.Shop, r.Push.PlatformCode)));
        var orderIds = report.GetProperty("orderIds").EnumerateArray().Select(o => o.GetString()).ToHashSet();
        Assert.All(received, r => Assert.Contains(r.Push!.ExternalOrderId, orderIds));
        Assert.Equal(2, received.Count(r => r.Push!.Status == OrderStatus.Processed && r.Push.PlatformStatus == "packed"));
    }

    [Fact]
    public async Task Receive_DuplicatedAndReorderedPushes_DuplicatesDroppedAndNewestStateWins()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node();
        await using var endpoint = await PushEndpoint.StartAsync(node.Capability<IPushReceiver>(), node.Services.GetRequiredService<PushGate>());
        await harness.PutAsync("webhook", new { appId = LazadaHarness.AppKey, url = endpoint.Url.ToString() });
        var shop = await harness.AuthorizeAsync(node, LazadaHarness.SellerVn);
        await LazadaHarness.ListSimpleAsync(node, shop, "TEE");
        await harness.PutAsync("faults", new { webhookDuplicateRate = 1.0, webhookOutOfOrder = true });

        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 3, advanceTo = "shipped", stepDelayMs = 20 });
        var received = await endpoint.WaitForAsync(30, 12_000); // 3 orders x 5 statuses, each delivered twice

        Assert.Equal(30, received.Count);
        PushEndpoint.AssertDuplicatesDroppedAndNewestStateWins(received, orders: 3, OrderStatus.Shipped);
    }

    [Fact]
    public void Verify_TamperedBodyOrOtherApp_Rejected()
    {
        var receiver = Receiver();
        const string body = """{"seller_id":"1000101","message_type":0,"data":{"order_status":"pending","status_update_time":1700000000,"trade_order_id":"42","trade_order_line_id":"43"},"timestamp":1700000000123,"site":"lazada_vn"}""";
        var url = new Uri("https://hub.example/lazada/push");
        var signature = LazadaSigner.PushSignature(LazadaHarness.AppSecret, LazadaHarness.AppKey, body);

        Assert.True(receiver.Verify(new InboundPush(url, body, Headers(signature))));
        Assert.False(receiver.Verify(new InboundPush(url, body.Replace("pending", "canceled", StringComparison.Ordinal), Headers(signature))));
        Assert.False(receiver.Verify(new InboundPush(url, body, Headers(LazadaSigner.PushSignature(LazadaHarness.AppSecret, "999", body)))));
        Assert.False(receiver.Verify(new InboundPush(url, body, new Dictionary<string, string>())));
        var push = receiver.Parse(new InboundPush(url, body, Headers(signature)));
        Assert.Equal(("42", OrderStatus.ReadyToShip, DateTimeOffset.FromUnixTimeSeconds(1700000000)), (push.ExternalOrderId, push.Status, push.OccurredAt));
    }

    private static Dictionary<string, string> Headers(string signature) => new(StringComparer.OrdinalIgnoreCase) { ["authorization"] = signature };

    private static IPushReceiver Receiver()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Connectors:Lazada:AppKey"] = LazadaHarness.AppKey, ["Connectors:Lazada:AppSecret"] = LazadaHarness.AppSecret })
            .Build());
        services.AddLogging();
        services.AddSingleton<StackExchange.Redis.IConnectionMultiplexer>(_ => StackExchange.Redis.ConnectionMultiplexer.Connect("127.0.0.1:1,abortConnect=false,connectTimeout=100"));
        services.AddSingleton<IShopTokenStore, Shared.InMemoryShopTokenStore>();
        services.AddLazadaConnector();
        return services.BuildServiceProvider().GetRequiredKeyedService<IPushReceiver>(Marketplace.Lazada);
    }
}
