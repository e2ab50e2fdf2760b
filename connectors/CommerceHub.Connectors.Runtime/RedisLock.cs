using StackExchange.Redis;

namespace CommerceHub.Connectors.Runtime;

/// <summary>
/// A lease-based lock across hub nodes: SET NX PX with a random token, released only by its holder
/// (compare-and-delete in one script), so a lease that expired and was taken by another node is never deleted.
/// </summary>
public sealed class RedisLock(IConnectionMultiplexer redis, TimeProvider time)
{
    private const string Release = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """;

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(25);

    private readonly IDatabase database = RedisKeys.Database(redis);

    /// <summary>Null when the lock is still held by someone else after <paramref name="wait"/>.</summary>
    public async Task<Lease?> TryAcquireAsync(RedisKey key, TimeSpan ttl, TimeSpan wait, CancellationToken cancellationToken = default)
    {
        var token = Guid.NewGuid().ToString("N");
        var deadline = time.GetTimestamp() + (long)(wait.TotalSeconds * time.TimestampFrequency);
        while (true)
        {
            if (await database.StringSetAsync(key, token, ttl, When.NotExists))
            {
                return new Lease(database, key, token);
            }

            if (time.GetTimestamp() >= deadline)
            {
                return null;
            }

            await Task.Delay(Poll, time, cancellationToken);
        }
    }

    /// <summary>A held lock; disposing releases it if it is still ours.</summary>
    public sealed class Lease(IDatabase database, RedisKey key, string token) : IAsyncDisposable
    {
        /// <summary>False when the lease had already expired (another node may have taken the lock meanwhile).</summary>
        public async Task<bool> ReleaseAsync() => (long)await database.ScriptEvaluateAsync(Release, [key], [token]) == 1;

        public async ValueTask DisposeAsync() => await ReleaseAsync();
    }
}
