using CommerceHub.Inventory.Ledger;
using CommerceHub.Inventory.Tests.Support;
using StackExchange.Redis;
using static CommerceHub.Inventory.Tests.Support.LedgerHarness;

namespace CommerceHub.Inventory.Tests;

/// <summary>The same scripts on Garnet, the hub's embedded server, which words some replies differently.</summary>
public sealed class GarnetTests(GarnetFixture garnet) : IClassFixture<GarnetFixture>
{
    [Fact]
    public async Task ReserveAsync_TenThousandConcurrentOverEightConnectionsOnGarnet_SucceedsExactlyOnHandTimes()
    {
        var merchant = Guid.NewGuid();
        var journal = new InMemoryLedger();
        var harnesses = new List<LedgerHarness>();
        for (var i = 0; i < 8; i++)
        {
            harnesses.Add(await StartAsync(garnet, merchant, journal));
        }

        try
        {
            await harnesses[0].ReceiveAsync("HOT", "WH", 1_000);
            var outcomes = await Task.WhenAll(Enumerable.Range(0, 10_000).Select(i => Task.Run(async () =>
                (await harnesses[i % 8].ReserveAsync($"o-{i}", Line("HOT", 1, "WH"))).Success)));

            Assert.Equal(1_000, outcomes.Count(s => s));
            Assert.Equal(new WarehouseStock("WH", 1_000, 1_000), await harnesses[5].StockAsync("HOT", "WH"));
        }
        finally
        {
            foreach (var harness in harnesses)
            {
                await harness.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task ReserveAsync_MarkerLostOnGarnet_RebuildsAndMapsScriptErrors()
    {
        await using var h = await StartAsync(garnet);
        await h.ReceiveAsync("A", "WH", 5);
        await h.Drainer.DrainAllAsync(CancellationToken.None);
        await h.Redis.GetDatabase().KeyDeleteAsync([RedisKeys.Loaded, RedisKeys.Stock(h.MerchantId)]);

        Assert.True((await h.ReserveAsync("r1", Line("A", 5, "WH"))).Success);
        await Assert.ThrowsAsync<ReservationNotFoundException>(() => h.Ledger.CommitAsync(h.MerchantId, "ghost"));
        await Assert.ThrowsAsync<ReservationConflictException>(() => h.ReserveAsync("r1", Line("A", 4, "WH")));
    }
}
