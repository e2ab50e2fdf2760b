using System.Text.Json;

namespace CommerceHub.Connectors.Tiki.Dtos;

internal sealed record QueueRequest(string Name);

internal sealed record QueueDto(string Code, string? Name, string? Status);

internal sealed record SubscriptionRequest(string EventType);

internal sealed record SubscriptionDto(string? QueueCode, string? EventType);

/// <summary>Without ack_id (null is left out) the queue sends its unacknowledged events again.</summary>
internal sealed record PullRequest(string? AckId);

internal sealed record EventDto(string Id, string Sid, long CreatedAt, string Type, string? Version, JsonElement Payload);

internal sealed record PullResponse(IReadOnlyList<EventDto>? Events, string? AckId);

internal sealed record OrderEventPayloadDto(string? OrderCode, string? Status);
