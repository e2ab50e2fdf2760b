using CommerceHub.Inventory.Allocation;

namespace CommerceHub.Inventory.Tests;

public sealed class AllocationTests
{
    private static StockPool Pool(long onHand, long reserved, params (string Channel, long Bucket)[] buckets) =>
        new(onHand, reserved, buckets.ToDictionary(b => b.Channel, b => b.Bucket));

    [Fact]
    public void Allocate_BufferPercentCapAndBucket_AppliedInOrderWithReason()
    {
        var pool = Pool(150, 30, ("shopee-my", 20));

        var result = ChannelAllocator.Allocate(pool, new ChannelRule("shopee-my", null, 20, 40, 50));

        // 150 − 30 reserved = 120 available; − 20 buffer = 100; 50% = 50; cap 40; + own bucket 20 = 60.
        Assert.Equal(60, result.Quantity);
        Assert.Equal("default rule: available 120 − buffer 20 = 100 × 50% = 50 capped at 40 + campaign/live bucket 20 = 60", result.Why);
    }

    [Fact]
    public void Allocate_BucketOfAnotherChannel_NotShown()
    {
        var pool = Pool(100, 30, ("tiktok-live", 30));

        var result = ChannelAllocator.Allocate(pool, new ChannelRule("lazada-th", null, 0, null, 100));

        Assert.Equal(70, result.Quantity);
    }

    [Fact]
    public void Allocate_SkuOverride_WinsOverChannelDefault()
    {
        ChannelRule[] rules = [new("shop", null, 0, null, 100), new("shop", "HOT", 0, 5, 100), new("other", "COLD", 0, 1, 100)];

        var result = ChannelAllocator.Allocate("HOT", Pool(50, 0), rules);

        Assert.Equal(5, Assert.Single(result).Quantity);
    }

    [Theory]
    [InlineData(10, 0, 20, 0)]
    [InlineData(5, 10, 0, 0)]
    public void Allocate_BufferAboveAvailableOrOversold_NeverNegative(long onHand, long reserved, long buffer, long expected)
    {
        var result = ChannelAllocator.Allocate(Pool(onHand, reserved), new ChannelRule("shop", null, buffer, null, 100));

        Assert.Equal(expected, result.Quantity);
    }

    [Fact]
    public void Allocate_DisabledChannel_ShowsZero()
    {
        var result = ChannelAllocator.Allocate(Pool(100, 0, ("shop", 10)), new ChannelRule("shop", null, 0, null, 100, Enabled: false));

        Assert.Equal(0, result.Quantity);
    }
}
