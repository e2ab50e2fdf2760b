using System.Collections.Concurrent;
using System.Text.Json;
using CommerceHub.HubApi.Contracts.Stock;
using CommerceHub.Inventory.Events;
using CommerceHub.Inventory.Tests.Support;
using CommerceHub.Testing;
using static CommerceHub.Inventory.Tests.Support.LedgerHarness;

namespace CommerceHub.Inventory.Tests;

[Collection(RedisCollection.Name)]
public sealed class EventTests(RedisServer server)
{
    [Fact]
    public async Task ReserveAsync_LastUnits_PublishesReservedLowAndSoldOutToOtherNodes()
    {
        await using var h = await StartAsync(server);
        // Another connection stands for another hub node.
        await using var node = server.Connect();
        var received = new ConcurrentQueue<StockEvent>();
        // A message queue (not a callback) delivers in publish order.
        var queue = await node.GetSubscriber().SubscribeAsync(RedisKeys.StockEvents);
        queue.OnMessage(message =>
        {
            // Every message on this channel is an array of StockEvents; a null would be a publisher bug and fail the test.
            foreach (var e in JsonSerializer.Deserialize((byte[])message.Message!, InventoryJsonContext.Default.ListStockEvent)!)
            {
                if (e.MerchantId == h.MerchantId)
                {
                    received.Enqueue(e);
                }
            }
        });

        await h.ReceiveAsync("A", "WH", 5);
        await h.ReserveAsync("r1", Line("A", 3, "WH"));
        await h.ReserveAsync("r2", Line("A", 2, "WH"));
        await WaitUntilAsync(() => received.Count >= 5);

        Assert.Equal(
            [StockEventKind.Changed, StockEventKind.Reserved, StockEventKind.Low, StockEventKind.Reserved, StockEventKind.SoldOut],
            received.Select(e => e.Kind));
        var soldOut = received.Last();
        Assert.Equal((5L, 5L, 0L, "r2"), (soldOut.TotalOnHand, soldOut.TotalReserved, soldOut.TotalAvailable, soldOut.ReservationId));
    }

    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
    }
}
