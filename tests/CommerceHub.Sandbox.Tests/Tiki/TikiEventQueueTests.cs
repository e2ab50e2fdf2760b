using System.Net;
using System.Text.Json;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Tiki;

public sealed class TikiEventQueueTests
{
    [Fact]
    public async Task Pull_WithoutAck_RedeliversSameBatchAndAckMovesOnInOrder()
    {
        await using var sandbox = await TikiSandbox.StartAsync();
        var (appToken, pull, seller) = await QueueAsync(sandbox, "ORDER_CREATED_SUCCESSFULLY", "ORDER_STATUS_UPDATED");
        await sandbox.AddProductsAsync(seller, 150000, 50);
        var codes = (await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = TikiSandbox.SellerA, count = 6, perSecond = 200, advanceTo = "packaging" }))
            .GetProperty("orderIds").EnumerateArray().Select(c => c.GetString()!).ToList();

        var first = await PullAsync(sandbox, pull, appToken, ackId: null);
        var again = await PullAsync(sandbox, pull, appToken, ackId: null);
        var second = await PullAsync(sandbox, pull, appToken, first.AckId);
        var third = await PullAsync(sandbox, pull, appToken, second.AckId);

        Assert.Equal(10, first.Events.Count);
        Assert.Equal(first.Events.Select(e => e.GetProperty("id").GetString()), again.Events.Select(e => e.GetProperty("id").GetString()));
        var all = first.Events.Concat(second.Events).Concat(third.Events).ToList();
        Assert.Equal(12, all.Count);
        foreach (var code in codes)
        {
            var mine = all.Where(e => e.GetProperty("payload").GetProperty("order_code").GetString() == code).ToList();
            Assert.Equal(["ORDER_CREATED_SUCCESSFULLY", "ORDER_STATUS_UPDATED"], mine.Select(e => e.GetProperty("type").GetString()));
            Assert.Equal("packaging", mine[1].GetProperty("payload").GetProperty("status").GetString());
        }

        Assert.All(all, e => Assert.Equal(TikiSandbox.SellerA, e.GetProperty("sid").GetString()));
        Assert.True(all.Select(e => e.GetProperty("created_at").GetInt64()).SequenceEqual(all.Select(e => e.GetProperty("created_at").GetInt64()).Order()));
        Assert.Empty((await PullAsync(sandbox, pull, appToken, third.AckId)).Events);
    }

    [Fact]
    public async Task Pull_OrdersBeforeQueueing_SendNoEvents()
    {
        await using var sandbox = await TikiSandbox.StartAsync();
        var (appToken, pull, seller) = await QueueAsync(sandbox, "ORDER_CREATED_SUCCESSFULLY", "ORDER_STATUS_UPDATED");
        await sandbox.AddProductsAsync(seller, 150000, 5);

        await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = TikiSandbox.SellerA, count = 2, advanceTo = "processing" });

        Assert.Empty((await PullAsync(sandbox, pull, appToken, null)).Events);
    }

    [Fact]
    public async Task Pull_UnknownAckOrOtherAppsQueue_IsRefused()
    {
        await using var sandbox = await TikiSandbox.StartAsync();
        var (appToken, pull, _) = await QueueAsync(sandbox, "ORDER_STATUS_UPDATED");
        var otherApp = await sandbox.AppTokenAsync(TikiSandbox.OtherClientId, TikiSandbox.OtherSecret);

        var unknownAck = await sandbox.SendAsync(HttpMethod.Post, pull, appToken, new { ack_id = "never-handed-out" });
        var foreign = await sandbox.SendAsync(HttpMethod.Post, pull, otherApp, new { ack_id = (string?)null });

        Assert.Equal(HttpStatusCode.BadRequest, unknownAck.Status);
        Assert.Equal(HttpStatusCode.NotFound, foreign.Status);
    }

    [Fact]
    public async Task CreateQueue_WithSellerToken_IsForbidden()
    {
        await using var sandbox = await TikiSandbox.StartAsync();
        var (seller, _) = await sandbox.AuthorizeSellerAsync(TikiSandbox.SellerA);

        var result = await sandbox.SendAsync(HttpMethod.Post, "/integration/v1/queues", seller, new { name = "orders" });

        Assert.Equal(HttpStatusCode.Forbidden, result.Status);
    }

    [Fact]
    public async Task DuplicateFault_All_SameEventArrivesTwiceInOrder()
    {
        await using var sandbox = await TikiSandbox.StartAsync();
        var (appToken, pull, seller) = await QueueAsync(sandbox, "PRODUCT_INVENTORY_UPDATED");
        var ids = await sandbox.AddProductsAsync(seller, 150000, 5);
        await sandbox.AdminAsync(HttpMethod.Put, "/faults", new { webhookDuplicateRate = 1.0 });

        (await sandbox.SendAsync(HttpMethod.Put, "/integration/v2/products/updateSku", seller, new
        {
            product_id = ids[0],
            warehouse_quantities = new[] { new { warehouse_id = 1034, qty_available = 42 } },
        })).EnsureOk();

        var events = (await PullAsync(sandbox, pull, appToken, null)).Events;
        Assert.Equal(2, events.Count);
        Assert.Equal(events[0].GetProperty("id").GetString(), events[1].GetProperty("id").GetString());
        Assert.Equal("v2", events[0].GetProperty("version").GetString());
        Assert.Equal(42, events[0].GetProperty("payload").GetProperty("quantity_available").GetInt32());
    }

    /// <summary>App token creates the queue; seller A subscribes the given types; returns the pull path too.</summary>
    private static async Task<(string AppToken, string PullPath, string SellerToken)> QueueAsync(TikiSandbox sandbox, params string[] types)
    {
        var appToken = await sandbox.AppTokenAsync();
        var (seller, _) = await sandbox.AuthorizeSellerAsync(TikiSandbox.SellerA);
        var queue = (await sandbox.SendAsync(HttpMethod.Post, "/integration/v1/queues", appToken, new { name = "hub-orders" })).EnsureOk();
        var code = queue.Json.GetProperty("code").GetString();
        foreach (var type in types)
        {
            (await sandbox.SendAsync(HttpMethod.Post, $"/integration/v1/queues/{code}/subscriptions", seller, new { event_type = type })).EnsureOk();
        }

        return (appToken, $"/integration/v1/queues/{code}/events/pull", seller);
    }

    private static async Task<(List<JsonElement> Events, string AckId)> PullAsync(TikiSandbox sandbox, string path, string token, string? ackId)
    {
        var json = (await sandbox.SendAsync(HttpMethod.Post, path, token, new { ack_id = ackId })).EnsureOk().Json;
        return ([.. json.GetProperty("events").EnumerateArray()], json.GetProperty("ack_id").GetString()!);
    }
}
