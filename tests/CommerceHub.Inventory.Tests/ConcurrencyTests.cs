using CommerceHub.Inventory.Ledger;
using CommerceHub.Inventory.Tests.Support;
using CommerceHub.Testing;

namespace CommerceHub.Inventory.Tests;

[Collection(RedisCollection.Name)]
public sealed class ConcurrencyTests(RedisServer server)
{
    [Fact]
    public async Task ReserveAsync_TenThousandConcurrentOverEightConnections_SucceedsExactlyOnHandTimes()
    {
        const int Units = 1_000;
        const int Attempts = 10_000;
        var merchant = Guid.NewGuid();
        var journal = new InMemoryLedger();
        var harnesses = new List<LedgerHarness>();
        for (var i = 0; i < 8; i++)
        {
            // Eight multiplexers are eight sockets: the server really interleaves the scripts' callers.
            harnesses.Add(await LedgerHarness.StartAsync(server, merchant, journal));
        }

        try
        {
            await harnesses[0].ReceiveAsync("HOT-1", "WH-A", Units);
            var start = new TaskCompletionSource();
            var attempts = Enumerable.Range(0, Attempts).Select(i => Task.Run(async () =>
            {
                await start.Task;
                var result = await harnesses[i % harnesses.Count].ReserveAsync($"order-{i}", LedgerHarness.Line("HOT-1", 1, "WH-A"));
                return result.Success;
            })).ToList();
            start.SetResult();
            var outcomes = await Task.WhenAll(attempts);

            Assert.Equal(Units, outcomes.Count(s => s));
            var stock = await harnesses[3].StockAsync("HOT-1", "WH-A");
            Assert.Equal(Units, stock.Reserved);
            Assert.Equal(0, stock.Available);

            await harnesses[0].Drainer.DrainAllAsync(CancellationToken.None);
            var balances = await journal.GetBalancesAtAsync(merchant, journal.LastSequence(merchant), CancellationToken.None);
            Assert.Equal(Units, Assert.Single(balances!).Reserved);
            Assert.Equal(Units + 1, journal.LastSequence(merchant));
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
    public async Task ReserveAsync_ConcurrentMultiSkuOrders_NeverSplitsAnOrder()
    {
        var merchant = Guid.NewGuid();
        var journal = new InMemoryLedger();
        await using var a = await LedgerHarness.StartAsync(server, merchant, journal);
        await using var b = await LedgerHarness.StartAsync(server, merchant, journal);
        await a.ReceiveAsync("KIT-A", "WH", 300);
        await a.ReceiveAsync("KIT-B", "WH", 200);

        var results = await Task.WhenAll(Enumerable.Range(0, 1000).Select(i => Task.Run(() =>
            (i % 2 == 0 ? a : b).ReserveAsync($"kit-{i}", LedgerHarness.Line("KIT-A", 1, "WH"), LedgerHarness.Line("KIT-B", 1, "WH")))));

        Assert.Equal(200, results.Count(r => r.Success));
        Assert.Equal(200, (await a.StockAsync("KIT-A", "WH")).Reserved);
        Assert.Equal(0, (await a.StockAsync("KIT-B", "WH")).Available);
    }
}
