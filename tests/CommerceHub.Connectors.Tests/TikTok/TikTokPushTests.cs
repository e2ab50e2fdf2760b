using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using CommerceHub.Connectors.Tests.Shared;
using CommerceHub.Connectors.TikTok;
using CommerceHub.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.Connectors.Tests.TikTok;

public sealed class TikTokPushTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task Receive_SandboxOrderPushes_VerifiedParsedAndEachAdmittedOnce()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node();
        await using var endpoint = await PushEndpoint.StartAsync(node.Capability<IPushReceiver>(), node.Services.GetRequiredService<PushGate>());
        await harness.PutAsync("webhook", new { url = endpoint.Url.ToString() });
        var shop = await harness.AuthorizeAsync(node);
        await TikTokHarness.ListSimpleItemAsync(node, shop, "TEE");

        var report = await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 2, advanceTo = "AWAITING_SHIPMENT", stepDelayMs = 20 });
        var received = await endpoint.WaitForAsync(6);

        Assert.Equal(6, received.Count);
        Assert.All(received, r => Assert.True(r.Verified));
        Assert.All(received, r => Assert.Equal(PushDecision.Fresh, r.Decision));
        Assert.All(received, r => Assert.Equal((PushKind.OrderStatusChanged, shop), (r.Push!.Kind, r.Push.Shop)));
        var orderIds = report.GetProperty("orderIds").EnumerateArray().Select(o => o.GetString()).ToHashSet();
        Assert.All(received, r => Assert.Contains(r.Push!.ExternalOrderId, orderIds));
        Assert.Equal(2, received.Count(r => r.Push!.Status == OrderStatus.ReadyToShip));
    }

    [Fact]
    public async Task Receive_DuplicatedAndReorderedPushes_DuplicatesDroppedAndNewestStateWins()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node();
        await using var endpoint = await PushEndpoint.StartAsync(node.Capability<IPushReceiver>(), node.Services.GetRequiredService<PushGate>());
        await harness.PutAsync("webhook", new { url = endpoint.Url.ToString() });
        var shop = await harness.AuthorizeAsync(node);
        await TikTokHarness.ListSimpleItemAsync(node, shop, "TEE");
        await harness.PutAsync("faults", new { webhookDuplicateRate = 1.0, webhookOutOfOrder = true });

        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 3, advanceTo = "IN_TRANSIT" });
        var received = await endpoint.WaitForAsync(30); // 3 orders x 5 statuses, each delivered twice

        PushEndpoint.AssertDuplicatesDroppedAndNewestStateWins(received, orders: 3, OrderStatus.Shipped);
    }

    [Fact]
    public async Task Verify_TamperedBodyOrForeignKey_RejectedAndParseReadsFields()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var receiver = harness.Node().Capability<IPushReceiver>();
        const string body = """{"type":1,"tts_notification_id":"7327000000000000001","shop_id":"7494000000000000101","timestamp":1700000005,"data":{"order_id":"576000000000000001","order_status":"AWAITING_SHIPMENT","is_on_hold_order":false,"update_time":1700000000}}""";
        var url = new Uri("https://hub.example/tiktok/push");
        Dictionary<string, string> headers = new(StringComparer.OrdinalIgnoreCase) { ["Authorization"] = TikTokSigner.PushSignature(TikTokHarness.AppSecret, TikTokHarness.AppKey, body) };
        Dictionary<string, string> foreign = new(StringComparer.OrdinalIgnoreCase) { ["Authorization"] = TikTokSigner.PushSignature(TikTokHarness.AppSecret, "other-app", body) };

        Assert.True(receiver.Verify(new InboundPush(url, body, headers)));
        Assert.False(receiver.Verify(new InboundPush(url, body.Replace("AWAITING_SHIPMENT", "CANCELLED", StringComparison.Ordinal), headers)));
        Assert.False(receiver.Verify(new InboundPush(url, body, foreign)));
        var parsed = receiver.Parse(new InboundPush(url, body, headers));
        Assert.Equal(("576000000000000001", OrderStatus.ReadyToShip, DateTimeOffset.FromUnixTimeSeconds(1700000000)), (parsed.ExternalOrderId, parsed.Status!.Value, parsed.OccurredAt));
        Assert.Equal(new ShopRef(Marketplace.TikTokShop, "7494000000000000101"), parsed.Shop);
        Assert.Contains("7327000000000000001", parsed.DedupKey, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Cancelled, receiver.Parse(new InboundPush(url, body.Replace("AWAITING_SHIPMENT", "CANCEL", StringComparison.Ordinal), headers)).Status);
        Assert.Equal(PushKind.AuthorizationRevoked, receiver.Parse(new InboundPush(url, """{"type":6,"tts_notification_id":"9","shop_id":"1","timestamp":1700000000,"data":{}}""", headers)).Kind);
        Assert.Throws<MarketplaceValidationException>(() => receiver.Parse(new InboundPush(url, "not json", headers)));
    }
}
