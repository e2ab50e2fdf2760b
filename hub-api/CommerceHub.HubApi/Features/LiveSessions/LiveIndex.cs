using System.Text.Json;
using StackExchange.Redis;

namespace CommerceHub.HubApi.Features.LiveSessions;

/// <summary>What every node must know at once about a running session to route orders, stock and sale claims.</summary>
public sealed record ActiveSession(
    Guid SessionId,
    IReadOnlyList<string> Channels,
    IReadOnlyList<string> Skus,
    DateTimeOffset StartedAt,
    ActiveSale? Sale);

/// <summary>A session's flash sale while it holds stock.</summary>
public sealed record ActiveSale(Guid SaleId, string ReservationId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, IReadOnlyList<string> Skus);

/// <summary>
/// The merchant's running sessions, in Redis rather than a per-node cache, so that a session started on one node is
/// routed by every node from the next event on. The database stays the record; this is its live projection.
/// </summary>
public sealed class LiveIndex(IConnectionMultiplexer redis)
{
    // Refreshed on every write; a session left running for two days without any change is dropped from routing.
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(2);
    private readonly IDatabase _db = redis.GetDatabase();

    public static RedisKey Key(Guid merchantId) => $"ch:live:active:{{{merchantId:N}}}";

    public async Task PutAsync(Guid merchantId, ActiveSession session)
    {
        var key = Key(merchantId);
        var json = JsonSerializer.Serialize(session, LiveJsonContext.Default.ActiveSession);
        await _db.HashSetAsync(key, session.SessionId.ToString("N"), json);
        await _db.KeyExpireAsync(key, Lifetime);
    }

    public Task RemoveAsync(Guid merchantId, Guid sessionId) =>
        _db.HashDeleteAsync(Key(merchantId), sessionId.ToString("N"));

    public async Task<IReadOnlyList<ActiveSession>> ListAsync(Guid merchantId)
    {
        var entries = await _db.HashValuesAsync(Key(merchantId));
        return [.. entries.Select(e => JsonSerializer.Deserialize((string)e!, LiveJsonContext.Default.ActiveSession)!)];
    }
}
