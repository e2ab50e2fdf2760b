using CommerceHub.Inventory.Ledger;
using CommerceHub.Inventory.Tests.Support;
using CommerceHub.Testing;
using static CommerceHub.Inventory.Tests.Support.LedgerHarness;

namespace CommerceHub.Inventory.Tests;

[Collection(RedisCollection.Name)]
public sealed class AdjustTests(RedisServer server)
{
    [Fact]
    public async Task AdjustAsync_BelowReserved_RefusesEveryLine()
    {
        await using var h = await StartAsync(server);
        await h.ReceiveAsync("A", "WH", 10);
        await h.ReceiveAsync("B", "WH", 10);
        await h.ReserveAsync("r1", Line("A", 6, "WH"));

        var result = await h.Ledger.AdjustAsync(h.MerchantId, "count-1",
            [new StockAdjustment("B", "WH", -2), new StockAdjustment("A", "WH", 5, AdjustMode.SetTo)]);

        Assert.False(result.Success);
        Assert.Equal(new AdjustRefusal(1, "A", "WH", "below-reserved", 6), Assert.Single(result.Refusals));
        Assert.Equal(10, (await h.StockAsync("B", "WH")).OnHand);
        Assert.Equal(10, (await h.StockAsync("A", "WH")).OnHand);
    }

    [Fact]
    public async Task AdjustAsync_SetToCountedQuantity_ReportsBeforeAndAfter()
    {
        await using var h = await StartAsync(server);
        await h.ReceiveAsync("A", "WH", 10);

        var result = await h.Ledger.AdjustAsync(h.MerchantId, "count-2", [new StockAdjustment("A", "WH", 7, AdjustMode.SetTo)]);

        Assert.Equal(new StockChange("A", "WH", 10, 7, 0), Assert.Single(result.Changes));
        Assert.Equal(7, (await h.Ledger.GetAsync(h.MerchantId, "A")).Available);
    }

    [Fact]
    public async Task AdjustAsync_NegativeDeltaBelowZero_Refused()
    {
        await using var h = await StartAsync(server);
        await h.ReceiveAsync("A", "WH", 2);

        var result = await h.Ledger.AdjustAsync(h.MerchantId, "writeoff", [new StockAdjustment("A", "WH", -3)]);

        Assert.Equal("negative", Assert.Single(result.Refusals).Reason);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(2_000_000_000)]
    public async Task ReceiveAsync_NonPositiveOrAbsurdQuantity_Throws(long quantity)
    {
        await using var h = await StartAsync(server);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => h.ReceiveAsync("A", "WH", quantity));
    }

    [Fact]
    public async Task GetAsync_SeveralWarehouses_SumsTotals()
    {
        await using var h = await StartAsync(server);
        await h.ReceiveAsync("A", "SZ", 4);
        await h.ReceiveAsync("A", "HK", 6);
        await h.ReserveAsync("r1", Line("A", 5, "HK"));

        var stock = await h.Ledger.GetAsync(h.MerchantId, "A");

        Assert.Equal((10L, 5L, 5L), (stock.OnHand, stock.Reserved, stock.Available));
        Assert.Equal(["SZ", "HK"], stock.Warehouses.Select(w => w.Warehouse));
    }
}
