using StackExchange.Redis;

namespace CommerceHub.HubApi.Features.StockSync;

/// <summary>
/// The SKUs whose channel quantity must reach a platform, as one Redis set per merchant and channel. A set coalesces a
/// storm on a hot SKU into one entry, and the value pushed is read when the push is made, so the latest always wins.
/// </summary>
public sealed class StockSyncQueue(IConnectionMultiplexer redis)
{
    private static readonly RedisKey Channels = "ch:sync:channels";

    public static readonly RedisChannel Wake = RedisChannel.Literal("ch:sync:wake");

    private readonly IDatabase _db = redis.GetDatabase();

    public async Task MarkAsync(Guid merchantId, string channel, IEnumerable<string> skus)
    {
        RedisValue[] values = [.. skus.Select(s => (RedisValue)s)];
        if (values.Length == 0)
        {
            return;
        }

        var batch = _db.CreateBatch();
        var added = batch.SetAddAsync(Dirty(merchantId, channel), values);
        var listed = batch.SetAddAsync(Channels, Member(merchantId, channel));
        batch.Execute();
        await Task.WhenAll(added, listed);
        await _db.PublishAsync(Wake, Member(merchantId, channel), CommandFlags.FireAndForget);
    }

    public async Task<IReadOnlyList<(Guid MerchantId, string Channel)>> ChannelsAsync()
    {
        var members = await _db.SetMembersAsync(Channels);
        return [.. members.Select(m => ((string)m!).Split('|', 2)).Select(p => (Guid.Parse(p[0]), p[1]))];
    }

    public async Task<IReadOnlyList<string>> TakeAsync(Guid merchantId, string channel, int count) =>
        [.. (await _db.SetPopAsync(Dirty(merchantId, channel), count)).Select(v => (string)v!)];

    public Task<long> PendingAsync(Guid merchantId, string channel) => _db.SetLengthAsync(Dirty(merchantId, channel));

    public static RedisKey Lock(Guid merchantId, string channel) => $"ch:lock:sync:{merchantId:N}:{channel}";

    private static RedisKey Dirty(Guid merchantId, string channel) => $"ch:sync:dirty:{merchantId:N}:{channel}";

    private static string Member(Guid merchantId, string channel) => $"{merchantId:N}|{channel}";
}
