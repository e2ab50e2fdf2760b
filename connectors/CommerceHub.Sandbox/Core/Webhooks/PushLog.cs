namespace CommerceHub.Sandbox.Core.Webhooks;

/// <summary>Every push the platform produced, delivered or not, in creation order.</summary>
public sealed class PushLog(SandboxClock clock)
{
    private readonly Lock gate = new();
    private readonly List<PushRecord> records = [];
    private long nextId;

    public PushRecord Add(string appId, string shopId, int code, string? url, string body, long? duplicateOf = null)
    {
        var record = new PushRecord(Interlocked.Increment(ref nextId), appId, shopId, code, url, body, clock.GetUtcNow(), duplicateOf);
        lock (gate)
        {
            records.Add(record);
        }

        return record;
    }

    public IReadOnlyList<PushView> Snapshot(string? shopId = null)
    {
        lock (gate)
        {
            return [.. records.Where(r => shopId is null || r.ShopId == shopId).Select(r => r.View())];
        }
    }

    /// <summary>Lost, unconfirmed messages of one app younger than <paramref name="maxAge"/>, oldest first.</summary>
    public IReadOnlyList<PushRecord> Lost(string appId, TimeSpan maxAge)
    {
        var since = clock.GetUtcNow() - maxAge;
        lock (gate)
        {
            return [.. records.Where(r => r.AppId == appId && r.IsLost && !r.Confirmed && r.CreatedAt >= since)];
        }
    }

    /// <summary>Marks lost messages up to and including <paramref name="lastId"/> as consumed; returns how many.</summary>
    public int ConfirmLost(string appId, long lastId)
    {
        lock (gate)
        {
            var hits = records.Where(r => r.AppId == appId && r.Id <= lastId && r.IsLost && !r.Confirmed).ToList();
            hits.ForEach(r => r.Confirmed = true);
            return hits.Count;
        }
    }
}
