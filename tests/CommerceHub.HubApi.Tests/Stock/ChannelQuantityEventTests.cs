using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using CommerceHub.HubApi.Tests.Infrastructure;
using StackExchange.Redis;

namespace CommerceHub.HubApi.Tests.Stock;

[Collection(HubCollection.Name)]
public sealed class ChannelQuantityEventTests(HubFixture hub)
{
    [Fact]
    public async Task StockMovementAndRuleChange_PublishChannelQuantityOnlyWhenItChanges()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var sku = await StockSteps.NewSkuAsync(admin);
        var channel = "live-" + Guid.NewGuid().ToString("N")[..8];
        await HubClient.EnsureAsync(await admin.PostAsync("/api/channels", new { code = channel, name = "Live room", marketplace = "tiktok" }), HttpStatusCode.Created);
        using var redis = hub.Redis.Connect();
        var received = new ConcurrentQueue<JsonElement>();
        var queue = await redis.GetSubscriber().SubscribeAsync(RedisChannel.Literal("ch:events:channel-quantity"));
        queue.OnMessage(m =>
        {
            var e = JsonDocument.Parse((string)m.Message!).RootElement; // Every message on this channel is JSON.
            if (e.GetProperty("sku").GetString() == sku && e.GetProperty("channel").GetString() == channel)
            {
                received.Enqueue(e.Clone());
            }
        });

        await StockSteps.ReceiveAsync(admin, sku, 40);
        await WaitForAsync(() => !received.IsEmpty);
        await HubClient.EnsureAsync(await admin.PutAsync($"/api/channels/{channel}/rules", new { sku, percent = 25 }), HttpStatusCode.OK);
        await WaitForAsync(() => received.Count >= 2);
        await HubClient.EnsureAsync(await admin.PutAsync($"/api/channels/{channel}/rules", new { sku, percent = 25 }), HttpStatusCode.OK);
        await Task.Delay(1500);

        Assert.Equal([40L, 10L], received.Select(e => e.GetProperty("quantity").GetInt64()));
        Assert.Equal(40, received.Last().GetProperty("previous").GetInt64());
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "No channel quantity event arrived.");
            await Task.Delay(50);
        }
    }
}
