using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using CommerceHub.Connectors.Tiki;
using CommerceHub.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.Connectors.Tests.Tiki;

public sealed class TikiEventTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const string QueuesPath = "/integration/v1/queues";

    [Fact]
    public async Task PullAsync_FirstCall_CreatesOneQueueSubscribedToOrderEvents()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var (first, second) = (harness.Node(), harness.Node());
        var shop = await harness.AuthorizeAsync(first, TikiHarness.SellerA);

        var empty = await Task.WhenAll(first.Connector.PullAsync(shop), second.Connector.PullAsync(shop));

        Assert.All(empty, b => Assert.Equal((0, null), (b.Events.Count, b.AckId)));
        Assert.Equal(1, first.Http.Calls(QueuesPath) + second.Http.Calls(QueuesPath));
        var queue = Assert.Single((await harness.GetAsync($"shops/{shop.ShopId}")).GetProperty("queues").EnumerateArray());
        Assert.Equal(
            [TikiConnector.OrderCreated, TikiConnector.OrderStatusUpdated],
            queue.GetProperty("subscriptions").EnumerateArray().Select(s => s.GetProperty("type").GetString()).Order());
    }

    [Fact]
    public async Task PullAsync_OrdersMove_MappedToPushModelInOrder()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);
        var item = (await harness.SeedProductsAsync(node, shop, "EVT", 0))[0].ExternalVariantId;
        await node.Connector.PullAsync(shop);
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 2, itemId = item, advanceTo = "packaging" });

        var batch = await node.Capability<IEventFeed>().PullAsync(shop);

        Assert.Equal(4, batch.Events.Count);
        Assert.NotNull(batch.AckId);
        Assert.All(batch.Events, e => Assert.Equal((PushKind.OrderStatusChanged, shop), (e.Kind, e.Shop)));
        foreach (var order in batch.Events.GroupBy(e => e.ExternalOrderId))
        {
            Assert.Equal([OrderStatus.ReadyToShip, OrderStatus.ReadyToShip], order.Select(e => e.Status));
            Assert.Equal(["queueing", "packaging"], order.Select(e => e.PlatformStatus));
            Assert.Equal([TikiConnector.OrderCreated, TikiConnector.OrderStatusUpdated], order.Select(e => e.PlatformCode));
        }

        var gate = node.Services.GetRequiredService<PushGate>();
        foreach (var push in batch.Events)
        {
            Assert.Equal(PushDecision.Fresh, await gate.AdmitAsync(push));
        }
    }

    [Fact]
    public async Task PullAsync_BatchNotAcknowledged_ComesBackAndAcknowledgedOneDoesNot()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var (first, second) = (harness.Node(), harness.Node());
        var shop = await harness.AuthorizeAsync(first, TikiHarness.SellerA);
        var item = (await harness.SeedProductsAsync(first, shop, "ACK", 0))[0].ExternalVariantId;
        await first.Connector.PullAsync(shop);
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 6, itemId = item, advanceTo = "packaging" });

        var batch = await first.Connector.PullAsync(shop);
        var again = await second.Connector.PullAsync(shop); // the first node "crashed" before acknowledging
        await second.Connector.AcknowledgeAsync(shop, again.AckId!);
        var rest = await first.Connector.PullAsync(shop);
        await first.Connector.AcknowledgeAsync(shop, rest.AckId!);
        var none = await second.Connector.PullAsync(shop);

        Assert.Equal(10, batch.Events.Count);
        Assert.Equal(batch.Events.Select(e => e.DedupKey), again.Events.Select(e => e.DedupKey));
        Assert.Equal(2, rest.Events.Count);
        Assert.Empty(rest.Events.Select(e => e.DedupKey).Intersect(batch.Events.Select(e => e.DedupKey)));
        Assert.Empty(none.Events);
        Assert.Null(none.AckId);
    }

    [Fact]
    public async Task PullAsync_PlatformRepeatsEvent_RepeatDroppedOrGated()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);
        var item = (await harness.SeedProductsAsync(node, shop, "DUP", 0))[0].ExternalVariantId;
        await node.Connector.PullAsync(shop);
        await harness.PutAsync("faults", new { webhookDuplicateRate = 1.0 });
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 2, itemId = item, advanceTo = "queueing" });
        await harness.PutAsync("faults", new { });

        var batch = await node.Connector.PullAsync(shop);
        var gate = node.Services.GetRequiredService<PushGate>();
        var redelivered = await node.Connector.PullAsync(shop); // not acknowledged: the platform sends it again

        Assert.Equal(2, batch.Events.Count);
        Assert.Equal(2, batch.Events.Select(e => e.DedupKey).Distinct().Count());
        foreach (var push in batch.Events)
        {
            Assert.Equal(PushDecision.Fresh, await gate.AdmitAsync(push));
        }

        foreach (var push in redelivered.Events)
        {
            Assert.Equal(PushDecision.Duplicate, await gate.AdmitAsync(push));
        }
    }

    [Fact]
    public async Task AcknowledgeAsync_OtherSeller_DoesNotMoveThisSellersQueue()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var a = await harness.AuthorizeAsync(node, TikiHarness.SellerA);
        var b = await harness.AuthorizeAsync(node, TikiHarness.SellerB);
        var item = (await harness.SeedProductsAsync(node, a, "SEP", 0))[0].ExternalVariantId;
        await node.Connector.PullAsync(a);
        await node.Connector.PullAsync(b);
        await harness.PostAsync("scenarios/orders", new { shopId = a.ShopId, count = 1, itemId = item, advanceTo = "queueing" });

        var ofA = await node.Connector.PullAsync(a);
        var ofB = await node.Connector.PullAsync(b);
        var againA = await node.Connector.PullAsync(a);

        Assert.Single(ofA.Events);
        Assert.Empty(ofB.Events);
        Assert.Equal(ofA.Events.Select(e => e.DedupKey), againA.Events.Select(e => e.DedupKey));
    }

    [Fact]
    public async Task PullAsync_SubscriptionFailedAfterQueueCreated_SameQueueFinishedOnNextPull()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?> { ["Connectors:Runtime:MaxRateLimitRetries"] = "0" });
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);
        // One call per seller per window: the queue (app bucket) and the first subscription pass, the second is throttled.
        await harness.PutAsync("rate-limits", new { permitsPerWindow = 1, windowSeconds = 30, perApi = new Dictionary<string, int>() });

        await Assert.ThrowsAsync<MarketplaceRateLimitedException>(() => node.Connector.PullAsync(shop));
        await harness.PutAsync("rate-limits", new { permitsPerWindow = 100000, windowSeconds = 1, perApi = new Dictionary<string, int>() });
        var batch = await node.Connector.PullAsync(shop);

        Assert.Empty(batch.Events);
        Assert.Equal(1, node.Http.Calls(QueuesPath));
        var queue = Assert.Single((await harness.GetAsync($"shops/{shop.ShopId}")).GetProperty("queues").EnumerateArray());
        Assert.Equal(2, queue.GetProperty("subscriptions").GetArrayLength());
    }
}
