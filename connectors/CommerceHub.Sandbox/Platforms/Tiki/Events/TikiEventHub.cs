using System.Collections.Concurrent;
using CommerceHub.Sandbox.Core;
using CommerceHub.Sandbox.Core.Faults;

namespace CommerceHub.Sandbox.Platforms.Tiki.Events;

internal sealed record TikiEvent(string Id, string Sid, long CreatedAt, string Type, string Version, object Payload);

/// <summary>An app's pull queue: events in arrival order, a committed position, and the ack_ids handed out.</summary>
internal sealed class TikiQueue(string code, string name, string appId, DateTimeOffset createdAt)
{
    public Lock Gate { get; } = new();

    public string Code { get; } = code;

    public string Name { get; } = name;

    public string AppId { get; } = appId;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public List<TikiEvent> Events { get; } = [];

    public HashSet<(string SellerId, string Type)> Subscriptions { get; } = [];

    /// <summary>Events before this position were acknowledged and are never sent again.</summary>
    public int Committed { get; set; }

    /// <summary>Each ack_id handed out, with the position it commits to when sent back.</summary>
    public Dictionary<string, int> Acks { get; } = new(StringComparer.Ordinal);

    /// <summary>Commits what <paramref name="ackId"/> covered, then returns the next batch; null for an ack_id never handed out.</summary>
    public (IReadOnlyList<TikiEvent> Events, string AckId)? Pull(string? ackId)
    {
        lock (Gate)
        {
            if (ackId is not null)
            {
                if (!Acks.TryGetValue(ackId, out var position))
                {
                    return null;
                }

                Committed = Math.Max(Committed, position);
            }

            var batch = Events.Skip(Committed).Take(TikiAssumptions.EventBatchSize).ToList();
            var next = TikiJson.NewTrackId();
            Acks[next] = Committed + batch.Count;
            return (batch, next);
        }
    }
}

/// <summary>
/// Tiki's events: pulled, not pushed. Delivery is at-least-once and in order: a batch comes back until its ack_id is
/// sent with the next pull. The duplicate fault repeats an event; drop and reorder faults do not apply to a pull queue.
/// </summary>
internal sealed class TikiEventHub(SandboxClock clock, FaultInjector faults)
{
    public static readonly IReadOnlySet<string> EventTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "ORDER_CREATED_SUCCESSFULLY", "ORDER_STATUS_UPDATED", "PRODUCT_PRICE_UPDATED", "PRODUCT_MARKET_PRICE_UPDATED", "PRODUCT_INVENTORY_UPDATED",
    };

    private readonly ConcurrentDictionary<string, TikiQueue> queues = new(StringComparer.Ordinal);

    public IReadOnlyList<TikiQueue> Queues => [.. queues.Values.OrderBy(q => q.CreatedAt)];

    public TikiQueue Create(string appId, string name)
    {
        var queue = new TikiQueue(TikiJson.NewTrackId(), name, appId, clock.GetUtcNow());
        return queues[queue.Code] = queue;
    }

    /// <summary>A queue is visible only to the app that created it.</summary>
    public TikiQueue? Find(string appId, string code) => queues.TryGetValue(code, out var queue) && queue.AppId == appId ? queue : null;

    public void Publish(string sellerId, string type, string version, object payload)
    {
        var duplicate = FaultInjector.Roll(faults.Current.WebhookDuplicateRate);
        var item = new TikiEvent(Guid.NewGuid().ToString("D"), sellerId, clock.GetUtcNow().ToUnixTimeMilliseconds(), type, version, payload);
        foreach (var queue in queues.Values)
        {
            lock (queue.Gate)
            {
                if (queue.Subscriptions.Contains((sellerId, type)))
                {
                    queue.Events.Add(item);
                    if (duplicate)
                    {
                        queue.Events.Add(item);
                    }
                }
            }
        }
    }
}
