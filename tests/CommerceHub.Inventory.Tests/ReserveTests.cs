using CommerceHub.Inventory.Ledger;
using CommerceHub.Inventory.Tests.Support;
using CommerceHub.Testing;
using static CommerceHub.Inventory.Tests.Support.LedgerHarness;

namespace CommerceHub.Inventory.Tests;

[Collection(RedisCollection.Name)]
public sealed class ReserveTests(RedisServer server)
{
    [Fact]
    public async Task ReserveAsync_OneLineShort_ReservesNothing()
    {
        await using var h = await StartAsync(server);
        await h.ReceiveAsync("A", "WH", 10);
        await h.ReceiveAsync("B", "WH", 1);

        var result = await h.ReserveAsync("r1", Line("A", 5, "WH"), Line("B", 2, "WH"));

        Assert.False(result.Success);
        var refusal = Assert.Single(result.Refusals);
        Assert.Equal((1, "B", RefusalReason.InsufficientStock, 1L), (refusal.LineIndex, refusal.Sku, refusal.Reason, refusal.Available));
        Assert.Equal(0, (await h.StockAsync("A", "WH")).Reserved);
        Assert.Equal(0, (await h.StockAsync("B", "WH")).Reserved);
    }

    [Fact]
    public async Task ReserveAsync_SameIdTwice_ReturnsOriginalAndReservesOnce()
    {
        await using var h = await StartAsync(server);
        await h.ReceiveAsync("A", "WH", 10);

        var first = await h.ReserveAsync("r1", Line("A", 4, "WH"));
        var second = await h.ReserveAsync("r1", Line("A", 4, "WH"));

        Assert.True(first.Success && !first.Replayed);
        Assert.True(second.Success && second.Replayed);
        Assert.Equal(first.Sequence, second.Sequence);
        Assert.Equal(first.Lines, second.Lines);
        Assert.Equal(4, (await h.StockAsync("A", "WH")).Reserved);
    }

    [Fact]
    public async Task ReserveAsync_SameIdOtherLines_ThrowsConflict()
    {
        await using var h = await StartAsync(server);
        await h.ReceiveAsync("A", "WH", 10);
        await h.ReserveAsync("r1", Line("A", 4, "WH"));

        await Assert.ThrowsAsync<ReservationConflictException>(() => h.ReserveAsync("r1", Line("A", 5, "WH")));
        Assert.Equal(4, (await h.StockAsync("A", "WH")).Reserved);
    }

    [Fact]
    public async Task ReserveAsync_CandidateWarehouses_TakesFirstThatCoversWholeLine()
    {
        await using var h = await StartAsync(server);
        await h.ReceiveAsync("A", "SZ", 3);
        await h.ReceiveAsync("A", "HK", 8);

        var result = await h.ReserveAsync("r1", Line("A", 5, "SZ", "HK"));

        Assert.Equal(new ReservedLine("A", "HK", 5), Assert.Single(result.Lines));
        Assert.Equal(0, (await h.StockAsync("A", "SZ")).Reserved);
    }

    [Fact]
    public async Task ReserveAsync_SameSkuTwiceInOneRequest_CountsBothLines()
    {
        await using var h = await StartAsync(server);
        await h.ReceiveAsync("A", "WH", 5);

        var result = await h.ReserveAsync("r1", Line("A", 3, "WH"), Line("A", 3, "WH"));

        Assert.False(result.Success);
        Assert.Equal(0, (await h.StockAsync("A", "WH")).Reserved);
    }

    [Fact]
    public async Task ReserveAsync_UnknownSku_RefusedAsUnknown()
    {
        await using var h = await StartAsync(server);

        var result = await h.ReserveAsync("r1", Line("NOPE", 1, "WH"));

        Assert.Equal(RefusalReason.UnknownSkuOrWarehouse, Assert.Single(result.Refusals).Reason);
    }

    [Theory]
    [InlineData("A", 0)]
    [InlineData("A", -3)]
    [InlineData("A", 1_000_000_001)]
    [InlineData("A|B", 1)]
    [InlineData("", 1)]
    public async Task ReserveAsync_InvalidLine_ThrowsBeforeTouchingRedis(string sku, long quantity)
    {
        await using var h = await StartAsync(server);
        await h.ReceiveAsync("A", "WH", 10);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => h.ReserveAsync("r1", Line(sku, quantity, "WH")));
        Assert.Equal(0, (await h.StockAsync("A", "WH")).Reserved);
    }

    [Fact]
    public async Task ReserveAsync_CampaignWithoutChannel_Throws()
    {
        await using var h = await StartAsync(server);

        await Assert.ThrowsAsync<ArgumentException>(() => h.Ledger.ReserveAsync(
            new ReservationRequest(h.MerchantId, "c1", [Line("A", 1, "WH")]) { Purpose = ReservationPurpose.Campaign }));
    }
}
