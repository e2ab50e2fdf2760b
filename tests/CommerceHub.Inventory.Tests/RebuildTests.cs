using CommerceHub.Inventory.Ledger;
using CommerceHub.Inventory.Reconciliation;
using CommerceHub.Inventory.Tests.Support;
using CommerceHub.Testing;
using StackExchange.Redis;
using static CommerceHub.Inventory.Tests.Support.LedgerHarness;

namespace CommerceHub.Inventory.Tests;

/// <summary>These tests flush Redis, so they get a server of their own.</summary>
public sealed class RebuildTests : IClassFixture<RedisServer>
{
    private readonly RedisServer _server;

    public RebuildTests(RedisServer server) => _server = server;

    [Fact]
    public async Task EnsureLoadedAsync_AfterFlush_RestoresBalancesReservationsAndSequence()
    {
        await using var h = await StartAsync(_server);
        await h.ReceiveAsync("A", "SZ", 10);
        await h.ReceiveAsync("A", "HK", 4);
        await h.Ledger.ReserveAsync(new ReservationRequest(h.MerchantId, "live-1", [Line("A", 3, "SZ")])
        {
            Purpose = ReservationPurpose.Live,
            Channel = "tiktok-live",
            TimeToLive = TimeSpan.FromMinutes(30),
        });
        await h.Ledger.CommitAsync(h.MerchantId, "live-1", [new SkuQuantity("A", 1)], "order-9");
        await h.Drainer.DrainAllAsync(CancellationToken.None);
        var before = await h.Ledger.GetAsync(h.MerchantId, "A");

        _server.Flush();
        Assert.True(await h.Loader.EnsureLoadedAsync(CancellationToken.None));

        var after = await h.Ledger.GetAsync(h.MerchantId, "A");
        Assert.Equal(before.Warehouses, after.Warehouses);
        var view = await h.Ledger.GetReservationAsync(h.MerchantId, "live-1");
        Assert.Equal((ReservationState.Open, "tiktok-live"), (view!.State, view.Channel));
        Assert.Equal(2, Assert.Single(view.Lines).Remaining);

        // The sequence continues where the journal stopped, and expiry still applies to the rebuilt reservation.
        var next = await h.Ledger.CommitAsync(h.MerchantId, "live-1", [new SkuQuantity("A", 1)], "order-10");
        Assert.Equal(h.Journal.LastSequence(h.MerchantId) + 1, next.Sequence);
        h.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await h.Ledger.ExpireDueAsync(h.MerchantId));
        Assert.Equal(new WarehouseStock("SZ", 8, 0), (await h.Ledger.GetAsync(h.MerchantId, "A")).Warehouses[0]);
    }

    [Fact]
    public async Task ReserveAsync_AfterFlushWithoutExplicitRebuild_RebuildsFirstInsteadOfRefusing()
    {
        await using var h = await StartAsync(_server);
        await h.ReceiveAsync("A", "WH", 5);
        await h.Drainer.DrainAllAsync(CancellationToken.None);

        _server.Flush();
        var result = await h.ReserveAsync("r1", Line("A", 5, "WH"));

        Assert.True(result.Success);
        Assert.False((await h.ReserveAsync("r2", Line("A", 1, "WH"))).Success);
    }

    [Fact]
    public async Task ReconcileAsync_AfterMovements_ReportsClean()
    {
        await using var h = await StartAsync(_server);
        await h.ReceiveAsync("A", "WH", 5);
        await h.ReserveAsync("r1", Line("A", 2, "WH"));
        await h.Ledger.CommitAsync(h.MerchantId, "r1");

        var report = await h.Reconciler.ReconcileAsync(h.MerchantId);

        Assert.Equal(ReconciliationStatus.Clean, report.Status);
        Assert.Equal(h.Journal.LastSequence(h.MerchantId), report.Sequence);
        Assert.Equal(1, report.BalancesCompared);
    }

    [Fact]
    public async Task ReconcileAsync_RedisChangedBehindTheLedger_ReportsDrift()
    {
        await using var h = await StartAsync(_server);
        await h.ReceiveAsync("A", "WH", 5);
        await h.Redis.GetDatabase().HashSetAsync(RedisKeys.Stock(h.MerchantId), "A|WH|on", 50);

        var report = await h.Reconciler.ReconcileAsync(h.MerchantId);

        Assert.Equal(ReconciliationStatus.Drift, report.Status);
        Assert.Contains(new BalanceDrift("A", "WH", 50, 0, 5, 0), report.Drifts);
        Assert.Contains(report.Drifts, d => d.Warehouse == "*");
    }

    [Fact]
    public async Task DrainOnceAsync_RecordsReplayed_JournalKeepsEachMovementOnce()
    {
        await using var h = await StartAsync(_server);
        await h.ReceiveAsync("A", "WH", 5);
        var record = (await h.Redis.GetDatabase().ListRangeAsync(RedisKeys.Outbox, 0, 0))[0];
        await h.Drainer.DrainAllAsync(CancellationToken.None);
        var appended = h.Journal.Appended;

        // As if a drainer crashed after journaling but before trimming.
        await h.Redis.GetDatabase().ListRightPushAsync(RedisKeys.Outbox, record);
        await h.Drainer.DrainAllAsync(CancellationToken.None);

        Assert.Equal(appended, h.Journal.Appended);
        Assert.Equal(0, await h.Redis.GetDatabase().ListLengthAsync(RedisKeys.Outbox));
    }
}
