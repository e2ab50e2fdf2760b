using CommerceHub.Inventory.Ledger;
using CommerceHub.Inventory.Tests.Support;
using CommerceHub.Testing;
using static CommerceHub.Inventory.Tests.Support.LedgerHarness;

namespace CommerceHub.Inventory.Tests;

[Collection(RedisCollection.Name)]
public sealed class SettleTests(RedisServer server)
{
    [Fact]
    public async Task CommitAsync_Everything_TakesStockOffHandAndClosesReservation()
    {
        await using var h = await StartAsync(server);
        await h.ReceiveAsync("A", "WH", 10);
        await h.ReserveAsync("r1", Line("A", 4, "WH"));

        var result = await h.Ledger.CommitAsync(h.MerchantId, "r1");

        Assert.Equal(ReservationState.Committed, result.State);
        Assert.Equal(new WarehouseStock("WH", 6, 0), await h.StockAsync("A", "WH"));
        await Assert.ThrowsAsync<ReservationConflictException>(() => h.Ledger.CommitAsync(h.MerchantId, "r1"));
    }

    [Fact]
    public async Task CommitAsync_CampaignBucketOrderByOrder_KeepsRemainderOpenUntilUsedUp()
    {
        await using var h = await StartAsync(server);
        await h.ReceiveAsync("A", "WH", 100);
        await h.Ledger.ReserveAsync(new ReservationRequest(h.MerchantId, "flash-1", [Line("A", 30, "WH")])
        {
            Purpose = ReservationPurpose.Campaign,
            Channel = "shopee-my",
        });

        var first = await h.Ledger.CommitAsync(h.MerchantId, "flash-1", [new SkuQuantity("A", 10)], "order-1");
        var repeat = await h.Ledger.CommitAsync(h.MerchantId, "flash-1", [new SkuQuantity("A", 10)], "order-1");

        Assert.Equal(ReservationState.Open, first.State);
        Assert.True(repeat.Replayed);
        Assert.Equal(new WarehouseStock("WH", 90, 20), await h.StockAsync("A", "WH"));
        var view = await h.Ledger.GetReservationAsync(h.MerchantId, "flash-1");
        Assert.Equal(new ReservationViewLine("A", "WH", 30, 20), Assert.Single(view!.Lines));

        var last = await h.Ledger.CommitAsync(h.MerchantId, "flash-1", [new SkuQuantity("A", 20)], "order-2");
        Assert.Equal(ReservationState.Committed, last.State);
    }

    [Fact]
    public async Task CommitAsync_MoreThanRemaining_ThrowsAndChangesNothing()
    {
        await using var h = await StartAsync(server);
        await h.ReceiveAsync("A", "WH", 10);
        await h.ReserveAsync("r1", Line("A", 4, "WH"));

        await Assert.ThrowsAsync<ReservationConflictException>(() =>
            h.Ledger.CommitAsync(h.MerchantId, "r1", [new SkuQuantity("A", 5)]));
        Assert.Equal(new WarehouseStock("WH", 10, 4), await h.StockAsync("A", "WH"));
    }

    [Fact]
    public async Task CommitAsync_UnknownReservation_ThrowsNotFound()
    {
        await using var h = await StartAsync(server);

        await Assert.ThrowsAsync<ReservationNotFoundException>(() => h.Ledger.CommitAsync(h.MerchantId, "ghost"));
    }

    [Fact]
    public async Task ReleaseAsync_Open_ReturnsStockAndSecondReleaseDoesNothing()
    {
        await using var h = await StartAsync(server);
        await h.ReceiveAsync("A", "WH", 10);
        await h.ReserveAsync("r1", Line("A", 4, "WH"));

        var first = await h.Ledger.ReleaseAsync(h.MerchantId, "r1");
        var second = await h.Ledger.ReleaseAsync(h.MerchantId, "r1");

        Assert.True(first.Applied);
        Assert.False(second.Applied);
        Assert.Equal(ReservationState.Released, second.State);
        Assert.Equal(new WarehouseStock("WH", 10, 0), await h.StockAsync("A", "WH"));
    }

    [Fact]
    public async Task ExpireDueAsync_AfterTimeToLive_ReleasesOnlyDueReservations()
    {
        await using var h = await StartAsync(server);
        await h.ReceiveAsync("A", "WH", 10);
        await h.Ledger.ReserveAsync(new ReservationRequest(h.MerchantId, "short", [Line("A", 2, "WH")]) { TimeToLive = TimeSpan.FromMinutes(1) });
        await h.Ledger.ReserveAsync(new ReservationRequest(h.MerchantId, "long", [Line("A", 3, "WH")]) { TimeToLive = TimeSpan.FromHours(1) });

        Assert.Equal(0, await h.Ledger.ExpireDueAsync(h.MerchantId));
        h.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await h.Ledger.ExpireDueAsync(h.MerchantId));

        Assert.Equal(new WarehouseStock("WH", 10, 3), await h.StockAsync("A", "WH"));
        Assert.Equal(ReservationState.Expired, (await h.Ledger.GetReservationAsync(h.MerchantId, "short"))!.State);
    }

    [Fact]
    public async Task CommitAsync_AfterExpiryBeforeSweep_Throws()
    {
        await using var h = await StartAsync(server);
        await h.ReceiveAsync("A", "WH", 10);
        await h.Ledger.ReserveAsync(new ReservationRequest(h.MerchantId, "r1", [Line("A", 2, "WH")]) { TimeToLive = TimeSpan.FromMinutes(1) });
        h.Time.Advance(TimeSpan.FromMinutes(2));

        await Assert.ThrowsAsync<ReservationConflictException>(() => h.Ledger.CommitAsync(h.MerchantId, "r1"));
    }
}
