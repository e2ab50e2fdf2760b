using StackExchange.Redis;

namespace CommerceHub.HubApi.Features.LiveSessions;

/// <summary>A session's running totals as last read from Redis.</summary>
public sealed record CounterSnapshot(
    long Orders,
    long Refused,
    long Units,
    IReadOnlyDictionary<string, decimal> Revenue,
    decimal RevenueCny,
    IReadOnlyDictionary<string, long> SoldPerSku);

/// <summary>
/// Running totals of a live session, one Redis hash per session, so every node reads the same figures. Money is kept
/// in ten-thousandths as integers: HINCRBYFLOAT would show float noise on a console.
/// </summary>
public sealed class LiveCounterStore(IConnectionMultiplexer redis)
{
    // The summary is built from the database; the counters only serve the live view, a day after the last order is plenty.
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);
    private const decimal Scale = 10_000m;
    private readonly IDatabase _db = redis.GetDatabase();

    public static RedisKey Key(Guid sessionId) => $"ch:live:counters:{sessionId:N}";

    public async Task RecordAsync(LiveSessionOrder order)
    {
        var key = Key(order.SessionId);
        var batch = _db.CreateBatch();
        var writes = new List<Task>();
        if (order.Refused)
        {
            writes.Add(batch.HashIncrementAsync(key, "refused"));
        }
        else
        {
            writes.Add(batch.HashIncrementAsync(key, "orders"));
            writes.Add(batch.HashIncrementAsync(key, "units", order.Lines.Sum(l => (long)l.Quantity)));
            writes.Add(batch.HashIncrementAsync(key, "rev:" + order.Currency, Scaled(order.Amount)));
            writes.Add(batch.HashIncrementAsync(key, "cny", Scaled(order.AmountCny)));
            writes.AddRange(order.Lines.Select(l => batch.HashIncrementAsync(key, "sold:" + l.Sku, l.Quantity)));
        }

        writes.Add(batch.KeyExpireAsync(key, Lifetime));
        batch.Execute();
        await Task.WhenAll(writes);
    }

    public async Task<CounterSnapshot> ReadAsync(Guid sessionId)
    {
        var fields = (await _db.HashGetAllAsync(Key(sessionId))).ToDictionary(e => (string)e.Name!, e => (long)e.Value);
        return new CounterSnapshot(
            fields.GetValueOrDefault("orders"),
            fields.GetValueOrDefault("refused"),
            fields.GetValueOrDefault("units"),
            fields.Where(f => f.Key.StartsWith("rev:", StringComparison.Ordinal)).ToDictionary(f => f.Key[4..], f => f.Value / Scale),
            fields.GetValueOrDefault("cny") / Scale,
            fields.Where(f => f.Key.StartsWith("sold:", StringComparison.Ordinal)).ToDictionary(f => f.Key[5..], f => f.Value));
    }

    private static long Scaled(decimal amount) => (long)decimal.Round(amount * Scale);
}
