using System.Diagnostics;
using CommerceHub.Connectors.Runtime;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Shared;

public sealed class RedisRateLimiterTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task AcquireAsync_TwoNodesShareOneShop_SpacedByTheSharedRate()
    {
        using var first = redis.Connect();
        using var second = redis.Connect();
        var limiters = new[] { new RedisRateLimiter(first, TimeProvider.System), new RedisRateLimiter(second, TimeProvider.System) };
        RateLimitRule[] rules = [new($"test:{Guid.NewGuid():N}", PermitsPerSecond: 50)];

        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 26).Select(i => limiters[i % 2].AcquireAsync(rules).AsTask()));

        // 26 permits at 50/s: the first is free, the other 25 come 20 ms apart.
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(470), TimeSpan.FromMilliseconds(1500));
    }

    [Fact]
    public async Task AcquireAsync_OtherShopHasBacklog_NotDelayed()
    {
        using var connection = redis.Connect();
        var limiter = new RedisRateLimiter(connection, TimeProvider.System);
        RateLimitRule[] busy = [new($"test:{Guid.NewGuid():N}:busy", PermitsPerSecond: 10)];
        RateLimitRule[] quiet = [new($"test:{Guid.NewGuid():N}:quiet", PermitsPerSecond: 10)];
        var backlog = Enumerable.Range(0, 30).Select(_ => limiter.AcquireAsync(busy).AsTask()).ToList(); // 3 s of backlog

        var watch = Stopwatch.StartNew();
        await limiter.AcquireAsync(quiet);

        Assert.True(watch.Elapsed < TimeSpan.FromMilliseconds(300), $"quiet shop waited {watch.Elapsed}");
        Assert.Contains(backlog, t => !t.IsCompleted);
    }

    [Fact]
    public async Task PenalizeAsync_AfterThrottle_NextCallWaitsThePause()
    {
        using var connection = redis.Connect();
        var limiter = new RedisRateLimiter(connection, TimeProvider.System);
        RateLimitRule[] rules = [new($"test:{Guid.NewGuid():N}", PermitsPerSecond: 1000)];

        await limiter.PenalizeAsync(rules, TimeSpan.FromMilliseconds(400));
        var watch = Stopwatch.StartNew();
        await limiter.AcquireAsync(rules);

        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(330), TimeSpan.FromMilliseconds(1200));
    }
}
