using CommerceHub.Inventory.Ledger;
using CommerceHub.Inventory.Tests.Support;
using CommerceHub.Testing;
using static CommerceHub.Inventory.Tests.Support.LedgerHarness;

namespace CommerceHub.Inventory.Tests;

[Collection(RedisCollection.Name)]
public sealed class TransferTests(RedisServer server)
{
    [Fact]
    public async Task TransferAsync_FromLiveReservation_MovesUnitsWithoutTouchingThePool()
    {
        await using var h = await StartAsync(server);
        await h.ReceiveAsync("LIP-1", "WH", 10);
        await ReserveSaleAsync(h, "sale-1", 4);

        var moved = await h.Ledger.TransferAsync(new TransferRequest(h.MerchantId, "sale-1", "order-1", "LIP-1", 3) { Channel = "shopee-vn" });
        var replay = await h.Ledger.TransferAsync(new TransferRequest(h.MerchantId, "sale-1", "order-1", "LIP-1", 3) { Channel = "shopee-vn" });

        Assert.True(moved.Success);
        Assert.Equal(new ReservedLine("LIP-1", "WH", 3), Assert.Single(moved.Lines));
        Assert.True(replay.Replayed);
        Assert.Equal(moved.Lines, replay.Lines);
        Assert.Equal(new WarehouseStock("WH", 10, 4), await h.StockAsync("LIP-1", "WH"));
        Assert.Equal(1, Assert.Single((await h.Ledger.GetReservationAsync(h.MerchantId, "sale-1"))!.Lines).Remaining);
        var order = await h.Ledger.GetReservationAsync(h.MerchantId, "order-1");
        Assert.Equal((ReservationState.Open, ReservationPurpose.Order, "shopee-vn"), (order!.State, order.Purpose, order.Channel));

        // The order's reservation is an ordinary one: it commits, and the journal agrees with Redis afterwards.
        await h.Ledger.CommitAsync(h.MerchantId, "order-1");
        await h.Drainer.DrainAllAsync(CancellationToken.None);
        Assert.Equal(new WarehouseStock("WH", 7, 1), await h.StockAsync("LIP-1", "WH"));
        var snapshot = await h.Journal.ReadAllAsync(CancellationToken.None).SingleAsync(s => s.MerchantId == h.MerchantId);
        Assert.Equal(7, Assert.Single(snapshot.Balances).OnHand);
        Assert.Equal("sale-1", Assert.Single(snapshot.Reservations).ReservationId);
    }

    [Fact]
    public async Task TransferAsync_MoreThanTheSourceHolds_RefusesAndMovesNothing()
    {
        await using var h = await StartAsync(server);
        await h.ReceiveAsync("LIP-1", "WH", 10);
        await ReserveSaleAsync(h, "sale-2", 2);

        var refused = await h.Ledger.TransferAsync(new TransferRequest(h.MerchantId, "sale-2", "order-2", "LIP-1", 3));
        await h.Ledger.ReleaseAsync(h.MerchantId, "sale-2");
        var closed = await h.Ledger.TransferAsync(new TransferRequest(h.MerchantId, "sale-2", "order-3", "LIP-1", 1));

        Assert.Equal((false, TransferRefusal.InsufficientInSource, 2L), (refused.Success, refused.Refusal, refused.SourceRemaining));
        Assert.Equal((false, TransferRefusal.SourceClosed), (closed.Success, closed.Refusal));
        Assert.Null(await h.Ledger.GetReservationAsync(h.MerchantId, "order-2"));
        Assert.Equal(new WarehouseStock("WH", 10, 0), await h.StockAsync("LIP-1", "WH"));
    }

    [Fact]
    public async Task TransferAsync_RacingPlainReservationsOverEightConnections_NeverLendsSaleUnitsToThem()
    {
        const int SaleUnits = 50;
        const int PoolUnits = 150;
        var merchant = Guid.NewGuid();
        var journal = new InMemoryLedger();
        var harnesses = new List<LedgerHarness>();
        for (var i = 0; i < 8; i++)
        {
            harnesses.Add(await StartAsync(server, merchant, journal));
        }

        try
        {
            await harnesses[0].ReceiveAsync("HOT", "WH", PoolUnits);
            await ReserveSaleAsync(harnesses[0], "sale-hot", SaleUnits, "HOT");
            var start = new TaskCompletionSource();
            var claims = Enumerable.Range(0, 400).Select(i => Task.Run(async () =>
            {
                await start.Task;
                var ledger = harnesses[i % harnesses.Count].Ledger;
                if (i % 2 == 0)
                {
                    return (Sale: true, (await ledger.TransferAsync(new TransferRequest(merchant, "sale-hot", $"flash-{i}", "HOT", 1))).Success);
                }

                return (Sale: false, (await ledger.ReserveAsync(new ReservationRequest(merchant, $"plain-{i}", [Line("HOT", 1, "WH")]))).Success);
            })).ToList();
            start.SetResult();
            var outcomes = await Task.WhenAll(claims);

            Assert.Equal(SaleUnits, outcomes.Count(o => o.Sale && o.Success));
            Assert.Equal(PoolUnits - SaleUnits, outcomes.Count(o => !o.Sale && o.Success));
            Assert.Equal(new WarehouseStock("WH", PoolUnits, PoolUnits), await harnesses[5].StockAsync("HOT", "WH"));
            Assert.Equal(ReservationState.Released, (await harnesses[1].Ledger.GetReservationAsync(merchant, "sale-hot"))!.State);
        }
        finally
        {
            foreach (var harness in harnesses)
            {
                await harness.DisposeAsync();
            }
        }
    }

    private static Task<ReservationResult> ReserveSaleAsync(LedgerHarness h, string id, long quantity, string sku = "LIP-1") =>
        h.Ledger.ReserveAsync(new ReservationRequest(h.MerchantId, id, [Line(sku, quantity, "WH")])
        {
            Purpose = ReservationPurpose.Live,
            Channel = "live-room",
        });
}
