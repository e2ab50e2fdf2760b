using CommerceHub.Connectors.Runtime;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Shared;

public sealed class RedisLockTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task TryAcquireAsync_HeldByOtherNode_ReturnsNullUntilReleased()
    {
        using var first = redis.Connect();
        using var second = redis.Connect();
        var key = $"test:lock:{Guid.NewGuid():N}";
        var held = await new RedisLock(first, TimeProvider.System).TryAcquireAsync(key, TimeSpan.FromSeconds(10), TimeSpan.Zero);

        var blocked = await new RedisLock(second, TimeProvider.System).TryAcquireAsync(key, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(100));
        await held!.DisposeAsync();
        var after = await new RedisLock(second, TimeProvider.System).TryAcquireAsync(key, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(100));

        Assert.Null(blocked);
        Assert.NotNull(after);
    }

    [Fact]
    public async Task ReleaseAsync_LeaseExpiredAndRetaken_DoesNotDeleteNewOwnersLock()
    {
        using var connection = redis.Connect();
        var locks = new RedisLock(connection, TimeProvider.System);
        var key = $"test:lock:{Guid.NewGuid():N}";
        var stale = await locks.TryAcquireAsync(key, TimeSpan.FromMilliseconds(100), TimeSpan.Zero);
        await Task.Delay(200);
        var owner = await locks.TryAcquireAsync(key, TimeSpan.FromSeconds(10), TimeSpan.Zero);

        var released = await stale!.ReleaseAsync();
        var third = await locks.TryAcquireAsync(key, TimeSpan.FromSeconds(10), TimeSpan.Zero);

        Assert.NotNull(owner);
        Assert.False(released);
        Assert.Null(third);
    }
}
