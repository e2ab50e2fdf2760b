using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using CommerceHub.Connectors.Tiki.Dtos;
using StackExchange.Redis;

namespace CommerceHub.Connectors.Tiki;

/// <summary>
/// Tiki's pull queue behind <see cref="IEventFeed"/>. One queue per seller (created with the app's token, subscribed
/// with the seller's), its code and the last acknowledged ack_id kept in Redis for every node. A pull sends the stored
/// ack_id, which commits the batches before it; <see cref="AcknowledgeAsync"/> only stores the new one, so a batch the
/// caller did not finish comes back on the next pull (at least once, in order).
/// </summary>
public sealed partial class TikiConnector
{
    public const string OrderCreated = "ORDER_CREATED_SUCCESSFULLY";
    public const string OrderStatusUpdated = "ORDER_STATUS_UPDATED";

    private static readonly string[] Subscribed = [OrderCreated, OrderStatusUpdated];
    private static readonly TimeSpan QueueLockTtl = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan QueueLockWait = TimeSpan.FromSeconds(30);

    public async Task<EventBatch> PullAsync(ShopRef shop, CancellationToken cancellationToken = default)
    {
        Check(shop);
        var queue = await EnsureQueueAsync(shop, cancellationToken);
        var ackId = (string?)await redis.StringGetAsync(AckKey(shop));
        var pulled = await RunAsync(shop, TikiClient.PullPath, idempotent: true, (token, ct) => client.PullAsync(token, queue, ackId, ct), cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var events = (pulled.Events ?? []).Where(e => seen.Add(e.Id)).Select(ToPush).ToList();
        Log.EventsPulled(logger, shop.Marketplace, shop.ShopId, events.Count);
        return new EventBatch(events, events.Count == 0 ? null : pulled.AckId);
    }

    /// <summary>Stores the ack_id; Tiki commits it with the next pull. Acknowledging an older id again changes nothing.</summary>
    public async Task AcknowledgeAsync(ShopRef shop, string ackId, CancellationToken cancellationToken = default)
    {
        Check(shop);
        ArgumentException.ThrowIfNullOrEmpty(ackId);
        cancellationToken.ThrowIfCancellationRequested();
        await redis.StringSetAsync(AckKey(shop), ackId);
    }

    /// <summary>The seller's queue code; created and subscribed once, under a lock shared by all nodes.</summary>
    private async Task<string> EnsureQueueAsync(ShopRef shop, CancellationToken ct)
    {
        if ((string?)await redis.StringGetAsync(QueueKey(shop)) is { } known)
        {
            return known;
        }

        await using var lease = await locks.TryAcquireAsync($"conn:lock:tiki:queue:{client.Options.ClientId}:{shop.ShopId}", QueueLockTtl, QueueLockWait, ct)
            ?? throw new MarketplaceUnavailableException(new MarketplaceError(Marketplace.Tiki, null, null, null, null), $"Queue set-up of {shop} is held by another node for too long.");
        if ((string?)await redis.StringGetAsync(QueueKey(shop)) is { } created)
        {
            return created;
        }

        // Kept as soon as it exists, so a failed subscription is finished later instead of leaving a second queue.
        var code = (string?)await redis.StringGetAsync(PendingQueueKey(shop));
        if (code is null)
        {
            code = (await CreateQueueAsync(ct)).Code;
            await redis.StringSetAsync(PendingQueueKey(shop), code);
        }

        foreach (var type in Subscribed)
        {
            // Subscribing twice to the same type keeps one subscription: safe to repeat.
            await RunAsync(shop, TikiClient.SubscriptionsPath, idempotent: true, (token, c) => client.SubscribeAsync(token, code, type, c), ct);
        }

        await redis.StringSetAsync(QueueKey(shop), code);
        Log.QueueCreated(logger, shop.Marketplace, shop.ShopId, code);
        return code;
    }

    /// <summary>Queue creation needs the app's client-credentials token; one fresh token per set-up (it is rare).</summary>
    private Task<QueueDto> CreateQueueAsync(CancellationToken ct) =>
        runner.RunAsync(null, AppCall(TikiClient.QueuesPath), async c =>
        {
            var app = await client.ClientCredentialsAsync(c);
            return await client.CreateQueueAsync(app.AccessToken, client.Options.QueueName, c);
        }, ct);

    /// <summary>Not idempotent: repeating after an unclear failure could leave an unused queue behind.</summary>
    private MarketplaceCall AppCall(string path) =>
        new(path, Idempotent: false, [new RateLimitRule($"{Platform}:{client.Options.ClientId}:app", client.Options.AppPermitsPerSecond)]);

    private RedisKey QueueKey(ShopRef shop) => $"conn:tiki:queue:{client.Options.ClientId}:{shop.ShopId}";

    private RedisKey PendingQueueKey(ShopRef shop) => $"conn:tiki:queue-pending:{client.Options.ClientId}:{shop.ShopId}";

    private RedisKey AckKey(ShopRef shop) => $"conn:tiki:ack:{client.Options.ClientId}:{shop.ShopId}";

    private static MarketplacePush ToPush(EventDto e)
    {
        var order = e.Type is OrderCreated or OrderStatusUpdated && e.Payload.ValueKind == JsonValueKind.Object
            ? e.Payload.Deserialize<OrderEventPayloadDto>(TikiJson.Options)
            : null;
        var status = e.Type == OrderCreated ? TikiStatuses.Queueing : order?.Status;
        return new MarketplacePush
        {
            Shop = new ShopRef(Marketplace.Tiki, e.Sid),
            Kind = order?.OrderCode is null ? PushKind.Other : PushKind.OrderStatusChanged,
            PlatformCode = e.Type,
            OccurredAt = DateTimeOffset.FromUnixTimeMilliseconds(e.CreatedAt),
            DedupKey = $"{e.Type}:{e.Sid}:{e.Id}",
            ExternalOrderId = order?.OrderCode,
            PlatformStatus = order?.OrderCode is null ? null : status,
            Status = order?.OrderCode is null || status is null ? null : TikiStatuses.ToHub(status),
        };
    }
}
