using CommerceHub.Inventory.Allocation;
using CommerceHub.Inventory.Ledger;
using CommerceHub.Inventory.Tests.Support;
using CommerceHub.Testing;
using static CommerceHub.Inventory.Tests.Support.LedgerHarness;

namespace CommerceHub.Inventory.Tests;

[Collection(RedisCollection.Name)]
public sealed class ChannelQuantityTests(RedisServer server)
{
    [Fact]
    public async Task PublishChangesAsync_OnlyChangedChannels_ArePublished()
    {
        await using var h = await StartAsync(server);
        h.Journal.Rules[h.MerchantId] = [new ChannelRule("shopee-my", null, 0, null, 100), new ChannelRule("tiktok-live", null, 0, 10, 100)];
        await h.ReceiveAsync("A", "WH", 50);

        var first = await h.ChannelQuantities.PublishChangesAsync(h.MerchantId, "A");
        var unchanged = await h.ChannelQuantities.PublishChangesAsync(h.MerchantId, "A");
        await h.Ledger.ReserveAsync(new ReservationRequest(h.MerchantId, "live-1", [Line("A", 15, "WH")])
        {
            Purpose = ReservationPurpose.Live,
            Channel = "tiktok-live",
        });
        var afterLive = await h.ChannelQuantities.PublishChangesAsync(h.MerchantId, "A");

        Assert.Equal(2, first.Count);
        Assert.Empty(unchanged);
        // shopee loses the 15 held for the live room; the live room keeps its cap of 10 plus its own 15.
        Assert.Equal([("shopee-my", 35L, (long?)50), ("tiktok-live", 25L, 10L)],
            afterLive.Select(c => (c.Channel, c.Quantity, c.Previous)).OrderBy(c => c.Channel));
    }
}
