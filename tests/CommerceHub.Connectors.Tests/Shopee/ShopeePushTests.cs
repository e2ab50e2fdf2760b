using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using CommerceHub.Connectors.Tests.Shared;
using CommerceHub.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.Connectors.Tests.Shopee;

public sealed class ShopeePushTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task Receive_SandboxOrderPushes_VerifiedParsedAndEachAdmittedOnce()
    {
        await using var harness = await ShopeeHarness.StartAsync(redis);
        var node = harness.Node();
        await using var endpoint = await PushEndpoint.StartAsync(node.Capability<IPushReceiver>(), node.Services.GetRequiredService<PushGate>());
        await harness.PutAsync("webhook", new { url = endpoint.Url.ToString() });
        var shop = await harness.AuthorizeAsync(node, ShopeeHarness.ShopVn);
        await ShopeeHarness.ListSimpleItemAsync(node, shop, "TEE");

        var report = await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 2, advanceTo = "PROCESSED", stepDelayMs = 20 });
        var received = await endpoint.WaitForAsync(6);

        Assert.Equal(6, received.Count);
        Assert.All(received, r => Assert.True(r.Verified));
        Assert.All(received, r => Assert.Equal(PushDecision.Fresh, r.Decision));
        Assert.All(received, r => Assert.Equal((PushKind.OrderStatusChanged, shop), (r.Push!.Kind, r.Push.Shop)));
        var orderIds = report.GetProperty("orderIds").EnumerateArray().Select(o => o.GetString()).ToHashSet();
        Assert.All(received, r => Assert.Contains(r.Push!.ExternalOrderId, orderIds));
        Assert.Equal(2, received.Count(r => r.Push!.Status == OrderStatus.Processed));
    }

    [Fact]
    public async Task Receive_DuplicatedAndReorderedPushes_DuplicatesDroppedAndNewestStateWins()
    {
        await using var harness = await ShopeeHarness.StartAsync(redis);
        var node = harness.Node();
        await using var endpoint = await PushEndpoint.StartAsync(node.Capability<IPushReceiver>(), node.Services.GetRequiredService<PushGate>());
        await harness.PutAsync("webhook", new { url = endpoint.Url.ToString() });
        var shop = await harness.AuthorizeAsync(node, ShopeeHarness.ShopVn);
        await ShopeeHarness.ListSimpleItemAsync(node, shop, "TEE");
        await harness.PutAsync("faults", new { webhookDuplicateRate = 1.0, webhookOutOfOrder = true });

        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 3, advanceTo = "SHIPPED" });
        var received = await endpoint.WaitForAsync(24); // 3 orders x 4 statuses, each delivered twice

        PushEndpoint.AssertDuplicatesDroppedAndNewestStateWins(received, orders: 3, OrderStatus.Shipped);
    }

    [Fact]
    public async Task Verify_TamperedBodyOrWrongUrl_Rejected()
    {
        await using var harness = await ShopeeHarness.StartAsync(redis);
        var receiver = harness.Node().Capability<IPushReceiver>();
        const string body = """{"data":{"items":[],"ordersn":"220810QSK8S7BX","status":"PROCESSED","completed_scenario":"","update_time":1660123127},"shop_id":727720655,"code":3,"timestamp":1660123127}""";
        var url = new Uri("https://hub.example/shopee/push");
        var sign = CommerceHub.Connectors.Shopee.ShopeeSigner.PushSignature(ShopeeHarness.PartnerKey, url.OriginalString, body);
        Dictionary<string, string> headers = new(StringComparer.OrdinalIgnoreCase) { ["Authorization"] = sign };

        Assert.True(receiver.Verify(new InboundPush(url, body, headers)));
        Assert.False(receiver.Verify(new InboundPush(url, body.Replace("PROCESSED", "CANCELLED", StringComparison.Ordinal), headers)));
        Assert.False(receiver.Verify(new InboundPush(new Uri("https://evil.example/shopee/push"), body, headers)));
        var parsed = receiver.Parse(new InboundPush(url, body, headers));
        Assert.Equal(("220810QSK8S7BX", OrderStatus.Processed, DateTimeOffset.FromUnixTimeSeconds(1660123127)), (parsed.ExternalOrderId, parsed.Status!.Value, parsed.OccurredAt));
        Assert.Equal(new ShopRef(Marketplace.Shopee, "727720655"), parsed.Shop);
        Assert.Throws<MarketplaceValidationException>(() => receiver.Parse(new InboundPush(url, "not json", headers)));
    }
}
