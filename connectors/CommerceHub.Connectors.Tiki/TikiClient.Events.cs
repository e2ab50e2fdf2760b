using CommerceHub.Connectors.Tiki.Dtos;
using RestSharp;

namespace CommerceHub.Connectors.Tiki;

internal sealed partial class TikiClient
{
    public const string QueuesPath = "/integration/v1/queues";
    public const string SubscriptionsPath = "/integration/v1/queues/{code}/subscriptions";
    public const string PullPath = "/integration/v1/queues/{code}/events/pull";

    /// <summary>Needs the app's client-credentials token.</summary>
    public Task<QueueDto> CreateQueueAsync(string appToken, string name, CancellationToken ct) =>
        SendAsync<QueueDto>(WithBody(Bearer(QueuesPath, Method.Post, appToken), new QueueRequest(name)), ct);

    /// <summary>Needs the seller's token: subscribes that seller's events of one type to the queue.</summary>
    public Task<SubscriptionDto> SubscribeAsync(string token, string queueCode, string eventType, CancellationToken ct) =>
        SendAsync<SubscriptionDto>(WithBody(Bearer(SubscriptionsPath, Method.Post, token).AddUrlSegment("code", queueCode), new SubscriptionRequest(eventType)), ct);

    /// <summary>Commits what <paramref name="ackId"/> covered and returns the next events (the same ones again without it).</summary>
    public Task<PullResponse> PullAsync(string token, string queueCode, string? ackId, CancellationToken ct) =>
        SendAsync<PullResponse>(WithBody(Bearer(PullPath, Method.Post, token).AddUrlSegment("code", queueCode), new PullRequest(ackId)), ct);
}
