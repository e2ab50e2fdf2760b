using System.Text.Json;
using CommerceHub.HubApi.Contracts.Stock;
using CommerceHub.Inventory.Events;
using CommerceHub.Inventory.Ledger;
using StackExchange.Redis;
using Fields = CommerceHub.Inventory.RedisKeys.Fields;

namespace CommerceHub.Inventory.Allocation;

/// <summary>Computes what each channel may show for a SKU now, and publishes the values that changed.</summary>
public sealed class ChannelQuantities(IConnectionMultiplexer redis, AllocationRuleCache rules, TimeProvider time)
{
    private readonly IDatabase _db = redis.GetDatabase();

    public async Task<IReadOnlyList<ChannelAllocation>> ComputeAsync(Guid merchantId, string sku,
        CancellationToken cancellationToken = default)
    {
        InventoryInput.Code(sku, "Sku");
        var channelRules = await rules.GetAsync(merchantId, cancellationToken);
        if (channelRules.Count == 0)
        {
            return [];
        }

        var channels = channelRules.Select(r => r.Channel).Distinct(StringComparer.Ordinal).ToArray();
        var shared = (await _db.HashGetAllAsync(RedisKeys.SharedBuckets(merchantId)))
            .Select(e => (Holding: (string)e.Name!, Channels: ((string)e.Value!).Split(',')))
            .Where(h => h.Channels.Any(c => channels.Contains(c, StringComparer.Ordinal)))
            .ToArray();
        RedisValue[] fields =
        [
            Fields.OnHand(sku, "*"), Fields.Reserved(sku, "*"),
            .. channels.Select(c => (RedisValue)Fields.Bucket(sku, c)),
            .. shared.Select(h => (RedisValue)Fields.Bucket(sku, h.Holding)),
        ];
        var v = await _db.HashGetAsync(RedisKeys.Stock(merchantId), fields);
        var buckets = channels.Select((c, i) => (c, (long)v[2 + i])).ToDictionary(x => x.c, x => x.Item2, StringComparer.Ordinal);
        for (var i = 0; i < shared.Length; i++)
        {
            var units = Math.Max(0, (long)v[2 + channels.Length + i]);
            foreach (var channel in shared[i].Channels.Where(buckets.ContainsKey))
            {
                buckets[channel] += units;
            }
        }

        return ChannelAllocator.Allocate(sku, new StockPool((long)v[0], (long)v[1], buckets), channelRules);
    }

    /// <summary>
    /// Lets each of <paramref name="channels"/> show the whole bucket of <paramref name="holdingChannel"/> besides its
    /// own: stock held for a live session's flash sale is on sale on every platform of the session, and whichever order
    /// claims a unit first takes it (the others are refused by the ledger, never oversold). Call before the reservation
    /// whose movement recomputes the quantities.
    /// </summary>
    public Task ShareBucketAsync(Guid merchantId, string holdingChannel, IReadOnlyCollection<string> channels)
    {
        InventoryInput.Code(holdingChannel, "HoldingChannel");
        return _db.HashSetAsync(RedisKeys.SharedBuckets(merchantId), holdingChannel, string.Join(',', channels));
    }

    /// <summary>Units of the SKU reserved for <paramref name="channel"/>'s bucket now (a campaign's or a live session's hold).</summary>
    public async Task<long> BucketAsync(Guid merchantId, string sku, string channel) =>
        Math.Max(0, (long)await _db.HashGetAsync(RedisKeys.Stock(merchantId), Fields.Bucket(sku, channel)));

    /// <summary>Stops sharing <paramref name="holdingChannel"/>'s bucket (its reservations have ended).</summary>
    public Task UnshareBucketAsync(Guid merchantId, string holdingChannel) =>
        _db.HashDeleteAsync(RedisKeys.SharedBuckets(merchantId), holdingChannel);

    /// <summary>
    /// Recomputes the SKU's channel quantities and publishes those that differ from the last published value, which
    /// is kept in Redis so that it survives restarts and is shared by all hub nodes.
    /// </summary>
    public async Task<IReadOnlyList<ChannelQuantityChanged>> PublishChangesAsync(Guid merchantId, string sku,
        CancellationToken cancellationToken = default)
    {
        var changes = new List<ChannelQuantityChanged>();
        foreach (var allocation in await ComputeAsync(merchantId, sku, cancellationToken))
        {
            var r = (RedisResult[])(await LedgerScripts.PublishIfChanged.RunAsync(_db, [RedisKeys.ChannelQuantities(merchantId)],
                [$"{allocation.Channel}|{sku}", allocation.Quantity]))!;
            if ((int)r[0] == 0)
            {
                continue;
            }

            var previous = (string?)r[1];
            var change = new ChannelQuantityChanged(merchantId, allocation.Channel, sku, allocation.Quantity,
                string.IsNullOrEmpty(previous) ? null : long.Parse(previous, System.Globalization.CultureInfo.InvariantCulture),
                allocation.Why, time.GetUtcNow());
            var payload = JsonSerializer.SerializeToUtf8Bytes(change, InventoryJsonContext.Default.ChannelQuantityChanged);
            await _db.PublishAsync(RedisKeys.ChannelQuantityEvents, payload, CommandFlags.FireAndForget);
            changes.Add(change);
        }

        return changes;
    }
}
